import { PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import type { StoreClients } from '../client';
import { InvalidCursorError } from '../invalid-cursor-error';
import { isConditionFailure } from '../tenancy/condition-failed';
import type { InboxMessage } from './inbox-message';
import { audiencePartition, NewInboxMessage, type InboxAudience } from './inbox-message';

/** Messages are kept half a year (TTL): the inbox is a to-do list, not an archive; the audit log keeps history. */
const KEEP_SECONDS = 183 * 24 * 3600;

const StoredMessage = NewInboxMessage.extend({ readBy: z.set(z.string()).optional() });
const CursorKey = z.object({ pk: z.string(), sk: z.string(), gsi1pk: z.string(), gsi1sk: z.string() }).strict();

export interface InboxPage {
  items: InboxMessage[];
  cursor?: string;
}

/**
 * 站内消息. One item per message in its audience's partition, `sk = M#<messageId>`, put with
 * `attribute_not_exists(pk)`: a job run twice on the same day delivers nothing twice. gsi1 orders an
 * audience's messages newest first. Who has read a message is a string set on the message itself (an
 * audience is a handful of users), so marking read is one idempotent UpdateItem and the unread count one Query.
 */
export class InboxRepository {
  constructor(private readonly store: StoreClients) {}

  /** Delivers a message; answers false when a message with this id was already delivered to the audience. */
  async deliver(audience: InboxAudience, input: NewInboxMessage): Promise<boolean> {
    const message = NewInboxMessage.parse(input);
    const pk = audiencePartition(audience);
    try {
      await this.store.doc.send(
        new PutCommand({
          TableName: this.store.tableName,
          Item: {
            pk,
            sk: `M#${message.id}`,
            gsi1pk: pk,
            gsi1sk: `${message.createdAt}#${message.id}`,
            entity: 'inbox_message',
            ...message,
            expiresAt: Math.floor(Date.parse(message.createdAt) / 1000) + KEEP_SECONDS,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  /** One page of an audience's messages, newest first, each marked read or not for `userId`. */
  async list(
    audience: InboxAudience,
    userId: string,
    options: { limit?: number; cursor?: string; unreadOnly?: boolean } = {},
  ): Promise<InboxPage> {
    const pk = audiencePartition(audience);
    const limit = Math.min(Math.max(options.limit ?? 20, 1), 100);
    let start = options.cursor ? decodeCursor(options.cursor, pk) : undefined;
    const items: InboxMessage[] = [];
    for (let round = 0; round < 20 && items.length < limit; round += 1) {
      const out = await this.store.doc.send(
        new QueryCommand({
          TableName: this.store.tableName,
          IndexName: 'gsi1',
          KeyConditionExpression: 'gsi1pk = :pk',
          ...(options.unreadOnly
            ? {
                FilterExpression: 'attribute_not_exists(readBy) OR NOT contains(readBy, :user)',
                ExpressionAttributeValues: { ':pk': pk, ':user': userId },
              }
            : { ExpressionAttributeValues: { ':pk': pk } }),
          ScanIndexForward: false,
          Limit: limit - items.length,
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      );
      for (const raw of out.Items ?? []) {
        const { readBy, ...message } = StoredMessage.parse(raw);
        items.push({ ...message, read: readBy?.has(userId) ?? false });
      }
      start = out.LastEvaluatedKey ? CursorKey.parse(out.LastEvaluatedKey) : undefined;
      if (!start) break;
    }
    return { items, ...(start ? { cursor: Buffer.from(JSON.stringify(start)).toString('base64url') } : {}) };
  }

  /** How many of the audience's messages `userId` has not read. */
  async unreadCount(audience: InboxAudience, userId: string): Promise<number> {
    const pk = audiencePartition(audience);
    let count = 0;
    let start: Record<string, unknown> | undefined;
    do {
      const out = await this.store.doc.send(
        new QueryCommand({
          TableName: this.store.tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :m)',
          FilterExpression: 'attribute_not_exists(readBy) OR NOT contains(readBy, :user)',
          ExpressionAttributeValues: { ':pk': pk, ':m': 'M#', ':user': userId },
          Select: 'COUNT',
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      );
      count += out.Count ?? 0;
      start = out.LastEvaluatedKey;
    } while (start);
    return count;
  }

  /** Marks a message read for `userId`; false when the audience has no such message. Idempotent. */
  async markRead(audience: InboxAudience, userId: string, messageId: string): Promise<boolean> {
    try {
      await this.store.doc.send(
        new UpdateCommand({
          TableName: this.store.tableName,
          Key: { pk: audiencePartition(audience), sk: `M#${messageId}` },
          UpdateExpression: 'ADD readBy :user',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':user': new Set([userId]) },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }
}

/** A cursor must name a message of the very partition being read (see the case list's cursor). */
function decodeCursor(cursor: string, pk: string): z.infer<typeof CursorKey> {
  let key: z.infer<typeof CursorKey>;
  try {
    key = CursorKey.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw new InvalidCursorError();
  }
  const id = /^[^#]+#(.+)$/.exec(key.gsi1sk)?.[1];
  if (key.pk !== pk || key.gsi1pk !== pk || id === undefined || key.sk !== `M#${id}`) throw new InvalidCursorError();
  return key;
}
