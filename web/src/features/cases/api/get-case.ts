import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CaseDetailDto } from './case-types';
import { getAs } from './read-as';

export function getCase(id: string, signal?: AbortSignal): Promise<CaseDetailDto> {
  return getAs<CaseDetailDto>(`/api/cases/${encodeURIComponent(id)}`, signal);
}

export const caseQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['cases', 'detail', id], queryFn: ({ signal }) => getCase(id, signal), retry: false });

export function useCase(id: string) {
  return useQuery(caseQueryOptions(id));
}
