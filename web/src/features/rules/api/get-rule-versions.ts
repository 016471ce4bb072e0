import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { obj } from '../../../lib/decode';
import type { RuleVersionList } from './types';

/** The township's published versions, oldest first, and the one in force today. */
export async function getRuleVersions(signal?: AbortSignal): Promise<RuleVersionList> {
  // The API validates its answer against RuleVersionList; the web checks only that it got an object.
  return obj(await apiClient.get('/api/rules/versions', signal), 'versions') as RuleVersionList;
}

export const ruleVersionsQueryOptions = () =>
  queryOptions({ queryKey: ['rules', 'versions'], queryFn: ({ signal }) => getRuleVersions(signal) });

export function useRuleVersions() {
  return useQuery(ruleVersionsQueryOptions());
}
