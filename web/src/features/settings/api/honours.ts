import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, request } from '../../../lib/api-client';
import { obj } from '../../../lib/decode';
import type { Honour, HonourList } from './types';

/** The township's model-township titles (示范乡镇), by year. */
export async function getHonours(signal?: AbortSignal): Promise<HonourList> {
  return obj(await apiClient.get('/api/township/honours', signal), 'honours') as HonourList;
}

export const honoursQueryOptions = () =>
  queryOptions({ queryKey: ['settings', 'honours'], queryFn: ({ signal }) => getHonours(signal) });

export function useHonours() {
  return useQuery(honoursQueryOptions());
}

/** Sets (or with `level` null, withdraws) a year's title; `version` is the one read, 0 for a year not set yet. */
export async function saveHonour(year: number, level: Honour['level'], version: number): Promise<Honour> {
  return obj(
    await request(`/api/township/honours/${year}`, { method: 'PUT', body: { level, version } }),
    'honour',
  ) as Honour;
}

export function useSaveHonour() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ year, level, version }: { year: number; level: Honour['level']; version: number }) =>
      saveHonour(year, level, version),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: honoursQueryOptions().queryKey }),
  });
}
