import { useMutation } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { filterQuery, type CaseFilters } from '../lib/case-filters';

/** The filtered list as an Excel file the browser saves (the API leaves the petitioner out). */
export async function exportCases(filters: CaseFilters, fileName: string): Promise<void> {
  const blob = await apiClient.blob(`/api/cases/export?${filterQuery(filters).toString()}`);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

export function useExportCases() {
  return useMutation({
    mutationFn: ({ filters, fileName }: { filters: CaseFilters; fileName: string }) => exportCases(filters, fileName),
  });
}
