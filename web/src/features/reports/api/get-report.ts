import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { ApiError } from '../../../lib/api-error';
import { obj } from '../../../lib/decode';
import type { AnnualReport, MonthlyReport, WeeklyReport } from './types';

// The three reports as the API sends them (its own z.infer types). One file: the three differ only in path and query.

const get = async (path: string, signal?: AbortSignal) => obj(await apiClient.get(path, signal), 'report');

// 403 (unit reporters) and 404 (township not set up) will not change on retry.
const retry = (count: number, error: Error) =>
  count < 2 && !(error instanceof ApiError && (error.status === 403 || error.status === 404));

/** 周通报 of the Monday-to-Sunday week that contains `date` ("YYYY-MM-DD"). */
export const weeklyReportQueryOptions = (date: string) =>
  queryOptions({
    queryKey: ['reports', 'weekly', date],
    queryFn: async ({ signal }) => (await get(`/api/reports/weekly?weekOf=${date}`, signal)) as WeeklyReport,
    retry,
  });

/** 月小结 of `month` ("YYYY-MM"). */
export const monthlyReportQueryOptions = (month: string) =>
  queryOptions({
    queryKey: ['reports', 'monthly-report', month],
    queryFn: async ({ signal }) => (await get(`/api/reports/monthly?month=${month}`, signal)) as MonthlyReport,
    retry,
    // A closed month's figures rarely move; the trend charts read up to twelve of them.
    staleTime: 60_000,
  });

/** 年汇总 of `year`. */
export const annualReportQueryOptions = (year: number) =>
  queryOptions({
    queryKey: ['reports', 'annual', year],
    queryFn: async ({ signal }) => (await get(`/api/reports/annual?year=${year}`, signal)) as AnnualReport,
    retry,
  });

export const useWeeklyReport = (date: string) => useQuery(weeklyReportQueryOptions(date));
export const useMonthlyReport = (month: string) => useQuery(monthlyReportQueryOptions(month));
export const useAnnualReport = (year: number) => useQuery(annualReportQueryOptions(year));

/** Several months at once, for a trend: `data` once every month has loaded. */
export function useMonthlyReports(months: readonly string[]) {
  return useQueries({
    queries: months.map((m) => monthlyReportQueryOptions(m)),
    combine: (results) => ({
      data: results.every((r) => r.isSuccess) ? results.map((r) => r.data) : undefined,
      isPending: results.some((r) => r.isPending),
      error: results.find((r) => r.isError)?.error ?? null,
      refetch: () => results.forEach((r) => void r.refetch()),
    }),
  });
}
