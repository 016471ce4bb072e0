import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';
import { obj } from '../../../lib/decode';
import { ruleTestsQueryOptions } from './get-rule-tests';
import type { RuleTestCase, RuleTestSuite } from './types';

/** Replaces the township's test cases; `version` is the one read (0 before the first save). */
export async function saveRuleTests(version: number, cases: RuleTestCase[]): Promise<RuleTestSuite> {
  return obj(await request('/api/rules/tests', { method: 'PUT', body: { version, cases } }), 'tests') as RuleTestSuite;
}

export function useSaveRuleTests() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, cases }: { version: number; cases: RuleTestCase[] }) => saveRuleTests(version, cases),
    onSuccess: (suite) => {
      queryClient.setQueryData(ruleTestsQueryOptions().queryKey, suite);
      // Validation runs the cases: answers cached for the old ones are wrong now.
      void queryClient.invalidateQueries({ queryKey: ['rules', 'validate'] });
    },
  });
}
