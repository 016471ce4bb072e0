import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { obj } from '../../../lib/decode';
import type { LedgerEvaluateInput, LedgerEvaluationSummary } from './types';

/**
 * Evaluates a period: a draft period's entries are (over)written; an issued one is left alone and the answer
 * carries the corrections it proposes. Retried with the same Idempotency-Key, the API answers the first result.
 */
export async function evaluatePeriod(input: LedgerEvaluateInput, key: string): Promise<LedgerEvaluationSummary> {
  const body = await apiClient.post('/api/ledger/evaluations', input, { headers: { 'idempotency-key': key } });
  return obj(body, 'evaluation') as LedgerEvaluationSummary;
}

export function useEvaluatePeriod() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, key }: { input: LedgerEvaluateInput; key: string }) => evaluatePeriod(input, key),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['ledger'] }),
  });
}
