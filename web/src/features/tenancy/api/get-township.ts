import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { decodeTownship, type Township } from './types';

/** The caller's own township (township roles only). */
export async function getTownship(signal?: AbortSignal): Promise<Township> {
  return decodeTownship(await apiClient.get('/api/township', signal));
}

export const townshipQueryOptions = () =>
  queryOptions({ queryKey: ['township'], queryFn: ({ signal }) => getTownship(signal), staleTime: 5 * 60_000 });

export function useTownship(enabled = true) {
  return useQuery({ ...townshipQueryOptions(), enabled });
}
