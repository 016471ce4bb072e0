import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { decodeHealth, type Health } from './types';

export async function getHealth(signal?: AbortSignal): Promise<Health> {
  // 503 carries the same body: the service answers, but its store does not.
  return decodeHealth(await apiClient.get('/api/health', signal, { answerStatuses: [503] }));
}

export const healthQueryOptions = () =>
  queryOptions({
    queryKey: ['health'],
    queryFn: ({ signal }) => getHealth(signal),
    // A status page should show the current truth, not a cached one.
    staleTime: 0,
    retry: false,
  });

export function useHealth() {
  return useQuery(healthQueryOptions());
}
