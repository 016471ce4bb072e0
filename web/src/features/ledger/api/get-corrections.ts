import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { obj } from '../../../lib/decode';
import type { LedgerCorrectionList } from './types';

/** The period's correction proposals still waiting for an admin (the API lists pending ones by default). */
export async function getPendingCorrections(periodKey: string, signal?: AbortSignal): Promise<LedgerCorrectionList> {
  const path = `/api/ledger/periods/${encodeURIComponent(periodKey)}/corrections?status=pending`;
  return obj(await apiClient.get(path, signal), 'corrections') as LedgerCorrectionList;
}

export const pendingCorrectionsQueryOptions = (periodKey: string) =>
  queryOptions({
    queryKey: ['ledger', 'period', periodKey, 'corrections', 'pending'],
    queryFn: ({ signal }) => getPendingCorrections(periodKey, signal),
  });

/** Only an issued period has corrections; a draft is simply evaluated again. */
export function usePendingCorrections(periodKey: string, enabled: boolean) {
  return useQuery({ ...pendingCorrectionsQueryOptions(periodKey), enabled });
}
