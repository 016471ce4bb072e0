import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';
import type { ScreeningLedgerView, ScreeningSubmission } from './types';

/** Files (or re-files, with the version last seen) a unit's ledger for the month. */
export async function submitLedger(input: {
  month: string;
  body: ScreeningSubmission;
  key: string;
}): Promise<ScreeningLedgerView> {
  return (await request(`/api/screening/${input.month}`, {
    method: 'POST',
    body: input.body,
    headers: { 'idempotency-key': input.key },
  })) as ScreeningLedgerView;
}

export function useSubmitLedger() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: submitLedger,
    onSuccess: (_, input) => client.invalidateQueries({ queryKey: ['screening', input.month] }),
  });
}
