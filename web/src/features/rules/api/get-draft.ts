import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { obj } from '../../../lib/decode';
import type { RuleDraft } from './types';

export async function getDraft(id: string, signal?: AbortSignal): Promise<RuleDraft> {
  return obj(await apiClient.get(`/api/rules/drafts/${encodeURIComponent(id)}`, signal), 'draft') as RuleDraft;
}

export const draftQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['rules', 'drafts', id], queryFn: ({ signal }) => getDraft(id, signal) });

export function useDraft(id: string) {
  // The editor holds the admin's unsaved changes: a refetch on focus must not look like someone else's edit.
  return useQuery({ ...draftQueryOptions(id), refetchOnWindowFocus: false });
}
