import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InboxUnreadCount } from '@xinfang/api';
import { apiClient } from '../../../lib/api-client';

export async function markRead(messageId: string): Promise<number> {
  return ((await apiClient.post(`/api/inbox/${encodeURIComponent(messageId)}/read`, {})) as InboxUnreadCount).unread;
}

/** Marks a message read; the list and the badge are refetched (both live under the `inbox` key). */
export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: markRead,
    onSuccess: () => client.invalidateQueries({ queryKey: ['inbox'] }),
  });
}
