import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { UnitName } from './types';

export async function getUnits(signal?: AbortSignal): Promise<UnitName[]> {
  return ((await apiClient.get('/api/org/units', signal)) as { items: UnitName[] }).items;
}

export const unitsQueryOptions = () =>
  queryOptions({ queryKey: ['org', 'units'], queryFn: ({ signal }) => getUnits(signal), staleTime: 60_000 });

export function useUnits() {
  return useQuery(unitsQueryOptions());
}
