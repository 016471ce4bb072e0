import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { arr, obj } from '../../../lib/decode';
import type { RuleDraft } from './types';

/** The township's drafts, open ones first, most recently changed first. */
export async function getDrafts(signal?: AbortSignal): Promise<RuleDraft[]> {
  const body = obj(await apiClient.get('/api/rules/drafts', signal), 'drafts');
  return arr(body['items'], 'drafts.items') as RuleDraft[];
}

export const draftsQueryOptions = () =>
  queryOptions({ queryKey: ['rules', 'drafts'], queryFn: ({ signal }) => getDrafts(signal) });

export function useDrafts(enabled = true) {
  return useQuery({ ...draftsQueryOptions(), enabled });
}
