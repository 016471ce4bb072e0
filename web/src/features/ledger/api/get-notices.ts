import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { obj } from '../../../lib/decode';
import type { OverdueNotice, PenaltyNotice } from './types';

/** A period's penalty notices (处罚通知) and supplementary notices (补充通知), with what was paid. */
export async function getNotices(periodKey: string, signal?: AbortSignal) {
  const body = await apiClient.get(`/api/ledger/notices?period=${encodeURIComponent(periodKey)}`, signal);
  return obj(body, 'notices') as { periodKey: string; items: PenaltyNotice[] };
}

export const noticesQueryOptions = (periodKey: string) =>
  queryOptions({
    queryKey: ['ledger', 'period', periodKey, 'notices'],
    queryFn: ({ signal }) => getNotices(periodKey, signal),
  });

export function useNotices(periodKey: string) {
  return useQuery(noticesQueryOptions(periodKey));
}

/** Every period's notices past due and not fully paid today (Beijing), with the next step. */
export async function getOverdue(signal?: AbortSignal) {
  return obj(await apiClient.get('/api/ledger/overdue', signal), 'overdue') as { asOf: string; items: OverdueNotice[] };
}

export const overdueQueryOptions = () =>
  queryOptions({ queryKey: ['ledger', 'overdue'], queryFn: ({ signal }) => getOverdue(signal) });

export function useOverdue() {
  return useQuery(overdueQueryOptions());
}
