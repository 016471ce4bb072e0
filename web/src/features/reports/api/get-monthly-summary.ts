import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { ApiError } from '../../../lib/api-error';
import { decodeMonthlySummary, type MonthlySummary } from './types';

/** The month's figures and KPIs of the caller's township; `month` is "YYYY-MM". */
export async function getMonthlySummary(month: string, signal?: AbortSignal): Promise<MonthlySummary> {
  const query = new URLSearchParams({ month });
  return decodeMonthlySummary(await apiClient.get(`/api/reports/monthly?${query.toString()}`, signal));
}

export const monthlySummaryQueryOptions = (month: string) =>
  queryOptions({
    queryKey: ['reports', 'monthly', month],
    queryFn: ({ signal }) => getMonthlySummary(month, signal),
    // 403 (unit reporters) and 404 (township not set up) will not change on retry.
    retry: (count, error) =>
      count < 2 && !(error instanceof ApiError && (error.status === 403 || error.status === 404)),
  });

export function useMonthlySummary(month: string, enabled = true) {
  return useQuery({ ...monthlySummaryQueryOptions(month), enabled });
}
