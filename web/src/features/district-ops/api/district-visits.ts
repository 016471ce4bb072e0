import type { DistrictVisits } from '@xinfang/api';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** A township's visits at district level or above in a year (no petitioner): what the district may notify. */
export async function getDistrictVisits(townshipId: string, year: number, signal?: AbortSignal) {
  const path = `/api/district/townships/${encodeURIComponent(townshipId)}/visits?year=${year}`;
  return (await apiClient.get(path, signal)) as DistrictVisits;
}

export const districtVisitsQueryOptions = (townshipId: string, year: number) =>
  queryOptions({
    queryKey: ['district', 'visits', townshipId, year],
    queryFn: ({ signal }) => getDistrictVisits(townshipId, year, signal),
  });

export function useDistrictVisits(townshipId: string | undefined, year: number) {
  return useQuery({ ...districtVisitsQueryOptions(townshipId ?? '', year), enabled: townshipId !== undefined });
}
