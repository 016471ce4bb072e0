import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { obj } from '../../../lib/decode';
import type { RuleVersion } from './types';

/** One published version with its whole rule set. */
export async function getRuleVersion(id: string, signal?: AbortSignal): Promise<RuleVersion> {
  return obj(await apiClient.get(`/api/rules/versions/${encodeURIComponent(id)}`, signal), 'version') as RuleVersion;
}

export const ruleVersionQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['rules', 'versions', id],
    queryFn: ({ signal }) => getRuleVersion(id, signal),
    // A published version never changes.
    staleTime: Infinity,
  });

export function useRuleVersion(id: string | undefined) {
  return useQuery({ ...ruleVersionQueryOptions(id ?? ''), enabled: id !== undefined });
}
