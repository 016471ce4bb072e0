import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { OrgView } from './types';

/** The whole org chart of the caller's township: units, people and assignments with their versions. */
export async function getOrg(signal?: AbortSignal): Promise<OrgView> {
  return (await apiClient.get('/api/org', signal)) as OrgView;
}

export const orgQueryOptions = () => queryOptions({ queryKey: ['org'], queryFn: ({ signal }) => getOrg(signal) });

export function useOrg() {
  return useQuery(orgQueryOptions());
}
