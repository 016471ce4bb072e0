import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { obj } from '../../../lib/decode';
import type { RuleSet, RuleValidation } from './types';

/** The issues of a rule table as it stands in the editor, unsaved (overlaps, gaps, unreachable rows, bad fields). */
export async function validateRuleSet(ruleSet: RuleSet, signal?: AbortSignal): Promise<RuleValidation> {
  const body = await apiClient.post('/api/rules/validate', { ruleSet }, signal ? { signal } : {});
  return obj(body, 'validation') as RuleValidation;
}

export const ruleValidationQueryOptions = (ruleSet: RuleSet | undefined) =>
  queryOptions({
    queryKey: ['rules', 'validate', ruleSet],
    queryFn: ({ signal }) => (ruleSet ? validateRuleSet(ruleSet, signal) : Promise.reject(new Error('no rule set'))),
    staleTime: Infinity,
  });

/** Validates `ruleSet` (pass it debounced); keeps the previous answer on screen while the next one is checked. */
export function useRuleValidation(ruleSet: RuleSet | undefined) {
  return useQuery({
    ...ruleValidationQueryOptions(ruleSet),
    enabled: ruleSet !== undefined,
    placeholderData: (previous) => previous,
  });
}
