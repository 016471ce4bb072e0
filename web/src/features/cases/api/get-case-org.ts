import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CaseOrgDto } from './case-types';
import { getAs } from './read-as';

/** The township's units and people, for the case forms' pickers and the list's unit names. */
export function getCaseOrg(signal?: AbortSignal): Promise<CaseOrgDto> {
  return getAs<CaseOrgDto>('/api/org', signal);
}

export const caseOrgQueryOptions = () =>
  queryOptions({ queryKey: ['cases', 'org'], queryFn: ({ signal }) => getCaseOrg(signal), staleTime: 5 * 60_000 });

export function useCaseOrg(enabled = true) {
  return useQuery({ ...caseOrgQueryOptions(), enabled });
}
