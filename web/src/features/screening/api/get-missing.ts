import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { ScreeningMissing } from './types';

/** Units yet to file the month's ledger, and whether the 25th has passed. */
export async function getMissing(month: string, signal?: AbortSignal): Promise<ScreeningMissing> {
  return (await apiClient.get(`/api/screening/${month}/missing`, signal)) as ScreeningMissing;
}

export const missingQueryOptions = (month: string) =>
  queryOptions({ queryKey: ['screening', month, 'missing'], queryFn: ({ signal }) => getMissing(month, signal) });

export function useMissing(month: string, enabled = true) {
  return useQuery({ ...missingQueryOptions(month), enabled });
}
