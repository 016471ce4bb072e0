import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { obj } from '../../../lib/decode';
import type { CalendarYear } from './types';

/** A year's calendar overrides (调休 make-up days and extra holidays) and whether the official plan is known. */
export async function getCalendarYear(year: number, signal?: AbortSignal): Promise<CalendarYear> {
  return obj(await apiClient.get(`/api/calendar/year/${year}`, signal), 'calendar') as CalendarYear;
}

export const calendarYearQueryOptions = (year: number) =>
  queryOptions({ queryKey: ['settings', 'calendar', year], queryFn: ({ signal }) => getCalendarYear(year, signal) });

export function useCalendarYear(year: number) {
  return useQuery(calendarYearQueryOptions(year));
}
