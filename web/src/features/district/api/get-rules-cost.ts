import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { obj } from '../../../lib/decode';
import type { CostRequest, RulesCost } from './types';

/**
 * The chosen townships' rule tables cell by cell, and what the mix costs under each. A POST because it evaluates
 * (a hypothetical mix, nothing stored); read as a query, keyed by what is asked.
 */
export async function getRulesCost(request: CostRequest, signal?: AbortSignal): Promise<RulesCost> {
  return obj(await apiClient.post('/api/district/rules/cost', request, { signal }), 'rulesCost') as RulesCost;
}

export const rulesCostQueryOptions = (request: CostRequest) =>
  queryOptions({
    queryKey: ['district', 'rules-cost', request],
    queryFn: ({ signal }) => getRulesCost(request, signal),
    staleTime: 5 * 60_000,
    placeholderData: keepPreviousData,
  });

export function useRulesCost(request: CostRequest, enabled = true) {
  return useQuery({ ...rulesCostQueryOptions(request), enabled });
}
