import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { InboxPage } from '@xinfang/api';
import { apiClient } from '../../../lib/api-client';

const PAGE = 20;

/** One page of the caller's messages, newest first; the API takes the user and inbox from the token. */
export async function getInboxPage(cursor: string | undefined, signal?: AbortSignal): Promise<InboxPage> {
  const query = new URLSearchParams({ limit: String(PAGE) });
  if (cursor) query.set('cursor', cursor);
  // The shape is the API's InboxPage schema (GET /api/inbox).
  return (await apiClient.get(`/api/inbox?${query.toString()}`, signal)) as InboxPage;
}

export const inboxQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: ['inbox', 'list'],
    queryFn: ({ pageParam, signal }) => getInboxPage(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.cursor ?? undefined,
  });

export function useInbox() {
  return useInfiniteQuery(inboxQueryOptions());
}
