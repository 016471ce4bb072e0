import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { obj } from '../../../lib/decode';
import type { RuleDiff } from './types';

/** Rows added, removed and changed between two published versions, and the settings that differ. */
export async function getRuleDiff(from: string, to: string, signal?: AbortSignal): Promise<RuleDiff> {
  const query = new URLSearchParams({ from, to });
  return obj(await apiClient.get(`/api/rules/diff?${query.toString()}`, signal), 'diff') as RuleDiff;
}

export const ruleDiffQueryOptions = (from: string, to: string) =>
  queryOptions({
    queryKey: ['rules', 'diff', from, to],
    queryFn: ({ signal }) => getRuleDiff(from, to, signal),
    staleTime: Infinity,
  });

export function useRuleDiff(from: string | undefined, to: string | undefined) {
  return useQuery({ ...ruleDiffQueryOptions(from ?? '', to ?? ''), enabled: from !== undefined && to !== undefined });
}
