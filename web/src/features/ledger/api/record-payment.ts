import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { obj } from '../../../lib/decode';
import type { LedgerPaymentInput, PenaltyNotice } from './types';

/** Records a payment against a notice; answers the notice after it. The key makes a retry count once. */
export async function recordPayment(input: LedgerPaymentInput, key: string): Promise<PenaltyNotice> {
  const body = await apiClient.post('/api/ledger/payments', input, { headers: { 'idempotency-key': key } });
  return obj(body, 'notice') as PenaltyNotice;
}

export function useRecordPayment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, key }: { input: LedgerPaymentInput; key: string }) => recordPayment(input, key),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['ledger'] }),
  });
}
