import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { obj } from '../../../lib/decode';
import type { LedgerPersonBalance, LedgerRow, LedgerUnitBalance, PeriodItems } from './types';

/** One period's ledger read three ways: its rows (entries and reversals), per person and per unit. */
const PATHS = { rows: '', persons: '/by-person', units: '/by-unit' } as const;
type View = keyof typeof PATHS;
interface ItemOf {
  rows: LedgerRow;
  persons: LedgerPersonBalance;
  units: LedgerUnitBalance;
}

export async function getPeriodRead<V extends View>(
  view: V,
  periodKey: string,
  signal?: AbortSignal,
): Promise<PeriodItems<ItemOf[V]>> {
  const path = `/api/ledger${PATHS[view]}?period=${encodeURIComponent(periodKey)}`;
  return obj(await apiClient.get(path, signal), `ledger ${view}`) as unknown as PeriodItems<ItemOf[V]>;
}

export const periodReadQueryOptions = <V extends View>(view: V, periodKey: string) =>
  queryOptions({
    queryKey: ['ledger', 'period', periodKey, view],
    queryFn: ({ signal }) => getPeriodRead(view, periodKey, signal),
  });

export function usePeriodRead<V extends View>(view: V, periodKey: string) {
  return useQuery(periodReadQueryOptions(view, periodKey));
}
