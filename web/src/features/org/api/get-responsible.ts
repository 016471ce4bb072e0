import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { ResponsibleParties } from './types';

/** Who was responsible for a unit on a date: its main responsible person and the leading cadres over it. */
export async function getResponsible(unitId: string, date: string, signal?: AbortSignal): Promise<ResponsibleParties> {
  const query = new URLSearchParams({ unitId, date });
  return (await apiClient.get(`/api/org/responsible?${query.toString()}`, signal)) as ResponsibleParties;
}

export const responsibleQueryOptions = (unitId: string, date: string) =>
  queryOptions({
    queryKey: ['org', 'responsible', unitId, date],
    queryFn: ({ signal }) => getResponsible(unitId, date, signal),
  });

export function useResponsible(unitId: string | undefined, date: string) {
  return useQuery({ ...responsibleQueryOptions(unitId ?? '', date), enabled: unitId !== undefined });
}
