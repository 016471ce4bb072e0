import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { CaseReviewView } from './types';

/** The year's pre-event case reviews, by meeting date. */
export async function getReviews(year: number, signal?: AbortSignal): Promise<CaseReviewView[]> {
  return ((await apiClient.get(`/api/routines/reviews?year=${year}`, signal)) as { items: CaseReviewView[] }).items;
}

export const reviewsQueryOptions = (year: number) =>
  queryOptions({ queryKey: ['routines', 'reviews', year], queryFn: ({ signal }) => getReviews(year, signal) });

export function useReviews(year: number) {
  return useQuery(reviewsQueryOptions(year));
}
