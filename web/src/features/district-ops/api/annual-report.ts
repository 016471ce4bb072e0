import type { DistrictAnnualReport } from '@xinfang/api';
import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** 信访工作条例 Art. 41: the district's year, from the statistics projection. */
export async function getAnnualReport(year: number, signal?: AbortSignal): Promise<DistrictAnnualReport> {
  return (await apiClient.get(`/api/district/annual-report?year=${year}`, signal)) as DistrictAnnualReport;
}

export const annualReportQueryOptions = (year: number) =>
  queryOptions({
    queryKey: ['district', 'annual-report', year],
    queryFn: ({ signal }) => getAnnualReport(year, signal),
  });

export function useAnnualReport(year: number) {
  return useQuery(annualReportQueryOptions(year));
}

/** The same report as an Excel workbook the browser saves. */
export async function downloadAnnualReport(year: number, fileName: string): Promise<void> {
  const blob = await apiClient.blob(`/api/district/annual-report?year=${year}&format=xlsx`);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

export function useDownloadAnnualReport() {
  return useMutation({
    mutationFn: ({ year, fileName }: { year: number; fileName: string }) => downloadAnnualReport(year, fileName),
  });
}
