import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { CaseFilters } from '../lib/case-filters';
import { filterQuery } from '../lib/case-filters';
import type { CaseListDto } from './case-types';
import { getAs } from './read-as';

export const PAGE_SIZE = 20;

export function getCases(filters: CaseFilters, cursor: string | undefined, signal?: AbortSignal): Promise<CaseListDto> {
  const query = filterQuery(filters);
  query.set('limit', String(PAGE_SIZE));
  if (cursor) query.set('cursor', cursor);
  return getAs<CaseListDto>(`/api/cases?${query.toString()}`, signal);
}

export const casesQueryOptions = (filters: CaseFilters, cursor: string | undefined) =>
  queryOptions({
    queryKey: ['cases', 'list', filters, cursor ?? ''],
    queryFn: ({ signal }) => getCases(filters, cursor, signal),
    placeholderData: keepPreviousData,
  });

export function useCases(filters: CaseFilters, cursor: string | undefined) {
  return useQuery(casesQueryOptions(filters, cursor));
}
