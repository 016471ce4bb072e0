import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { decodeTownshipList, type Township } from './types';

/** The townships of the caller's district (district overseer, district auditor). */
export async function getDistrictTownships(signal?: AbortSignal): Promise<Township[]> {
  return decodeTownshipList(await apiClient.get('/api/district/townships', signal));
}

export const districtTownshipsQueryOptions = () =>
  queryOptions({
    queryKey: ['district', 'townships'],
    queryFn: ({ signal }) => getDistrictTownships(signal),
    staleTime: 5 * 60_000,
  });

export function useDistrictTownships(enabled = true) {
  return useQuery({ ...districtTownshipsQueryOptions(), enabled });
}
