import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { obj } from '../../../lib/decode';
import type { Comparison } from './types';

export interface ComparisonPeriod {
  /** `YYYY-MM` */
  from: string;
  to: string;
}

/** The district's townships compared over the months, with the months one by one (for the trend lines). */
export async function getComparison(period: ComparisonPeriod, signal?: AbortSignal): Promise<Comparison> {
  const query = new URLSearchParams({ from: period.from, to: period.to, by: 'month' });
  // The API validates its answer against ComparisonSchema; the web checks only that it got an object.
  return obj(await apiClient.get(`/api/district/comparison?${query.toString()}`, signal), 'comparison') as Comparison;
}

export const comparisonQueryOptions = (period: ComparisonPeriod) =>
  queryOptions({
    queryKey: ['district', 'comparison', period.from, period.to],
    queryFn: ({ signal }) => getComparison(period, signal),
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });

export function useComparison(period: ComparisonPeriod) {
  return useQuery(comparisonQueryOptions(period));
}
