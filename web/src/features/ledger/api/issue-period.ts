import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { obj } from '../../../lib/decode';
import type { LedgerIssueResult } from './types';

/** 下发处罚通知: the draft period becomes issued; its entries never change after that. */
export async function issuePeriod(periodKey: string): Promise<LedgerIssueResult> {
  const body = await apiClient.post(`/api/ledger/periods/${encodeURIComponent(periodKey)}/issue`, undefined);
  return obj(body, 'issue') as LedgerIssueResult;
}

export function useIssuePeriod() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: issuePeriod,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['ledger'] }),
  });
}
