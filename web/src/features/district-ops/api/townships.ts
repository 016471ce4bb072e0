import type { NewTownshipInput, OnboardedTownship } from '@xinfang/api';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export interface TownshipItem {
  id: string;
  name: string;
  population: number;
}

/** The district's townships (the same endpoint and cache key as the district home page). */
export async function getTownships(signal?: AbortSignal): Promise<TownshipItem[]> {
  return ((await apiClient.get('/api/district/townships', signal)) as { items: TownshipItem[] }).items;
}

export const townshipsQueryOptions = () =>
  queryOptions({ queryKey: ['district', 'townships', 'ops'], queryFn: ({ signal }) => getTownships(signal) });

export function useTownships() {
  return useQuery(townshipsQueryOptions());
}

/** The key is the form's: a retried submit of the same form onboards once. */
export async function onboardTownship({
  body,
  idempotencyKey,
}: {
  body: NewTownshipInput;
  idempotencyKey: string;
}): Promise<OnboardedTownship> {
  return (await apiClient.post('/api/district/townships', body, {
    headers: { 'idempotency-key': idempotencyKey },
  })) as OnboardedTownship;
}

export function useOnboardTownship() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: onboardTownship,
    onSuccess: () => client.invalidateQueries({ queryKey: ['district', 'townships'] }),
  });
}
