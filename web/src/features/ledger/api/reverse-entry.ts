import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { obj } from '../../../lib/decode';
import type { LedgerRow } from './types';

export interface ReverseInput {
  entryId: string;
  periodKey: string;
  reason: string;
  key: string;
}

/** 冲销: a new entry of the opposite amount, with its reason; the reversed entry itself is never changed. */
export async function reverseEntry({ entryId, periodKey, reason, key }: ReverseInput): Promise<LedgerRow> {
  const path = `/api/ledger/entries/${encodeURIComponent(entryId)}/reverse`;
  const body = await apiClient.post(path, { reason, period: periodKey }, { headers: { 'idempotency-key': key } });
  return obj(body, 'reversal') as LedgerRow;
}

export function useReverseEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reverseEntry,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['ledger'] }),
  });
}
