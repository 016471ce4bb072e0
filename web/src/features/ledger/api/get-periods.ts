import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { obj } from '../../../lib/decode';
import type { LedgerPeriodList } from './types';

/** The township's evaluated periods, draft or issued. */
export async function getLedgerPeriods(signal?: AbortSignal): Promise<LedgerPeriodList> {
  return obj(await apiClient.get('/api/ledger/periods', signal), 'ledger periods') as LedgerPeriodList;
}

export const ledgerPeriodsQueryOptions = () =>
  queryOptions({ queryKey: ['ledger', 'periods'], queryFn: ({ signal }) => getLedgerPeriods(signal) });

export function useLedgerPeriods() {
  return useQuery(ledgerPeriodsQueryOptions());
}
