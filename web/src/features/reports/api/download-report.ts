import { useMutation } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export type ReportKind = 'weekly' | 'monthly' | 'annual';

const QUERY: Record<ReportKind, string> = { weekly: 'weekOf', monthly: 'month', annual: 'year' };
/** The API's own file names (…/xlsx.ts), so the saved file reads the same as one fetched by hand. */
const FILE: Record<ReportKind, string> = { weekly: '周通报', monthly: '月小结', annual: '年汇总' };

/**
 * A report as the API's Excel workbook, saved by the browser. `period` is the weekly report's Monday, the month
 * ("YYYY-MM") or the year.
 */
export async function downloadReport(kind: ReportKind, param: string, period: string): Promise<void> {
  const query = new URLSearchParams({ [QUERY[kind]]: param, format: 'xlsx' });
  const blob = await apiClient.blob(`/api/reports/${kind}?${query.toString()}`);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${FILE[kind]}_${period}.xlsx`;
  link.click();
  URL.revokeObjectURL(url);
}

export function useDownloadReport() {
  return useMutation({
    mutationFn: ({ kind, param, period }: { kind: ReportKind; param: string; period: string }) =>
      downloadReport(kind, param, period),
  });
}
