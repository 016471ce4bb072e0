import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { obj } from '../../../lib/decode';
import type { RuleTestSuite } from './types';

/** The township's saved rule test cases (the default pack's until it saves its own). */
export async function getRuleTests(signal?: AbortSignal): Promise<RuleTestSuite> {
  return obj(await apiClient.get('/api/rules/tests', signal), 'tests') as RuleTestSuite;
}

export const ruleTestsQueryOptions = () =>
  queryOptions({ queryKey: ['rules', 'tests'], queryFn: ({ signal }) => getRuleTests(signal) });

export function useRuleTests() {
  return useQuery(ruleTestsQueryOptions());
}
