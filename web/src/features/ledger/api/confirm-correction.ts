import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { obj } from '../../../lib/decode';
import type { LedgerConfirmResult } from './types';

export interface ConfirmInput {
  periodKey: string;
  proposalId: string;
  /** One key per confirmation the admin starts: a retry of the same request writes nothing twice. */
  key: string;
}

/** Writes the proposal's reversing and new entries and the supplementary notices (补充通知). */
export async function confirmCorrection({ periodKey, proposalId, key }: ConfirmInput): Promise<LedgerConfirmResult> {
  const path = `/api/ledger/periods/${encodeURIComponent(periodKey)}/corrections/${encodeURIComponent(proposalId)}`;
  const body = await apiClient.post(`${path}/confirm`, undefined, { headers: { 'idempotency-key': key } });
  return obj(body, 'confirmed correction') as LedgerConfirmResult;
}

export function useConfirmCorrection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmCorrection,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['ledger'] }),
  });
}
