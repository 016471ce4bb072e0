import { queryOptions, useQuery } from '@tanstack/react-query';
import { filterQuery, type CaseFilters } from '../lib/case-filters';
import type { CaseCountDto } from './case-types';
import { getAs } from './read-as';

/** How many cases match: the API counts, the browser never pages through lists to count. */
export function getCaseCount(filters: CaseFilters, signal?: AbortSignal): Promise<number> {
  return getAs<CaseCountDto>(`/api/cases/count?${filterQuery(filters).toString()}`, signal).then((r) => r.count);
}

export const caseCountQueryOptions = (filters: CaseFilters) =>
  queryOptions({ queryKey: ['cases', 'count', filters], queryFn: ({ signal }) => getCaseCount(filters, signal) });

export function useCaseCount(filters: CaseFilters) {
  return useQuery(caseCountQueryOptions(filters));
}
