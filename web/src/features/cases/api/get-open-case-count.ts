import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { decodeCaseIdPage, OPEN_STATUSES, type OpenStatus } from './types';

const PAGE = 100;
// A unit has tens of cases, not thousands; the cap keeps a broken cursor from looping.
const MAX_PAGES = 50;

async function countWithStatus(status: OpenStatus, signal?: AbortSignal): Promise<number> {
  let count = 0;
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const query = new URLSearchParams({ status, limit: String(PAGE) });
    if (cursor) query.set('cursor', cursor);
    const result = decodeCaseIdPage(await apiClient.get(`/api/cases?${query.toString()}`, signal));
    count += result.ids.length;
    cursor = result.cursor;
    if (!cursor) break;
  }
  return count;
}

/**
 * Cases still open (not yet resolved) that the caller may see; for a unit
 * reporter the API lists only their unit's. The list has no count, so this
 * pages through one status filter per open status.
 */
export async function getOpenCaseCount(signal?: AbortSignal): Promise<number> {
  const counts = await Promise.all(OPEN_STATUSES.map((status) => countWithStatus(status, signal)));
  return counts.reduce((a, b) => a + b, 0);
}

export const openCaseCountQueryOptions = () =>
  queryOptions({ queryKey: ['cases', 'open-count'], queryFn: ({ signal }) => getOpenCaseCount(signal) });

export function useOpenCaseCount(enabled = true) {
  return useQuery({ ...openCaseCountQueryOptions(), enabled });
}
