import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { ScreeningLedgerList } from './types';

/** The ledgers filed for a month (a unit reporter gets their own unit's only). */
export async function getLedgers(month: string, signal?: AbortSignal): Promise<ScreeningLedgerList> {
  return (await apiClient.get(`/api/screening/${month}`, signal)) as ScreeningLedgerList;
}

export const ledgersQueryOptions = (month: string) =>
  queryOptions({ queryKey: ['screening', month, 'ledgers'], queryFn: ({ signal }) => getLedgers(month, signal) });

export function useLedgers(month: string) {
  return useQuery(ledgersQueryOptions(month));
}
