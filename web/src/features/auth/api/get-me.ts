import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { decodeMe, type Me } from './types';

export async function getMe(signal?: AbortSignal): Promise<Me> {
  return decodeMe(await apiClient.get('/api/me', signal));
}

export const meQueryOptions = () =>
  queryOptions({
    queryKey: ['me'],
    queryFn: ({ signal }) => getMe(signal),
    // Who is signed in only changes through sign-in/out, which reset the cache.
    staleTime: Infinity,
    retry: false,
  });

export function useMe() {
  return useQuery(meQueryOptions());
}
