import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { ReceptionDayView } from './types';

/** The year's leaders' reception days, by date. */
export async function getReceptionDays(year: number, signal?: AbortSignal): Promise<ReceptionDayView[]> {
  return ((await apiClient.get(`/api/routines/reception-days?year=${year}`, signal)) as { items: ReceptionDayView[] })
    .items;
}

export const receptionDaysQueryOptions = (year: number) =>
  queryOptions({
    queryKey: ['routines', 'reception-days', year],
    queryFn: ({ signal }) => getReceptionDays(year, signal),
  });

export function useReceptionDays(year: number) {
  return useQuery(receptionDaysQueryOptions(year));
}
