import { z } from '@hono/zod-openapi';

export const InboxQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).optional(),
  cursor: z.string().min(1).max(2000).optional(),
  unread: z.enum(['true', 'false']).optional().openapi({ description: '只看未读' }),
});

export const InboxMessageSchema = z
  .object({
    id: z.string(),
    topic: z.enum(['deadline', 'screening', 'fine', 'evaluation', 'settlement']),
    title: z.string(),
    body: z.string(),
    link: z.string().openapi({ description: '网页内的路径，例如 /cases/<id>' }),
    on: z.string(),
    createdAt: z.string(),
    read: z.boolean(),
  })
  .openapi('InboxMessage');

export const InboxPageSchema = z
  .object({ items: z.array(InboxMessageSchema), cursor: z.string().nullable() })
  .openapi('InboxPage');

export const UnreadCountSchema = z.object({ unread: z.number().int() }).openapi('InboxUnreadCount');

export const MessageIdParam = z.object({ messageId: z.string().min(1).max(300) });

export type InboxMessageView = z.infer<typeof InboxMessageSchema>;
export type InboxPage = z.infer<typeof InboxPageSchema>;
export type InboxUnreadCount = z.infer<typeof UnreadCountSchema>;
