import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CaseCountDto, CaseStatus } from './case-types';
import { getAs } from './read-as';

/** The statuses in which a case is still being worked on (domain `openStatuses`). */
export const OPEN_STATUSES = ['intake', 'routed', 'assigned', 'supervised'] as const satisfies readonly CaseStatus[];

/**
 * Cases still open (not yet resolved) that the caller may see; for a unit reporter the API counts only their
 * unit's. One count per open status, from the API's count endpoint (never by paging through lists).
 */
export async function getOpenCaseCount(signal?: AbortSignal): Promise<number> {
  const counts = await Promise.all(
    OPEN_STATUSES.map(async (status) => (await getAs<CaseCountDto>(`/api/cases/count?status=${status}`, signal)).count),
  );
  return counts.reduce((a, b) => a + b, 0);
}

export const openCaseCountQueryOptions = () =>
  queryOptions({ queryKey: ['cases', 'open-count'], queryFn: ({ signal }) => getOpenCaseCount(signal) });

export function useOpenCaseCount(enabled = true) {
  return useQuery({ ...openCaseCountQueryOptions(), enabled });
}
