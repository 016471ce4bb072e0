import { queryOptions, useQuery } from '@tanstack/react-query';
import type { InboxUnreadCount } from '@xinfang/api';
import { apiClient } from '../../../lib/api-client';

export async function getUnreadCount(signal?: AbortSignal): Promise<number> {
  // The shape is the API's InboxUnreadCount schema (GET /api/inbox/unread-count).
  return ((await apiClient.get('/api/inbox/unread-count', signal)) as InboxUnreadCount).unread;
}

export const unreadCountQueryOptions = () =>
  queryOptions({
    queryKey: ['inbox', 'unread-count'],
    queryFn: ({ signal }) => getUnreadCount(signal),
    // Reminders arrive once a day; a minute is fresh enough for the header badge.
    refetchInterval: 60_000,
  });

export function useUnreadCount() {
  return useQuery(unreadCountQueryOptions());
}
