import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { StoreClients } from '../client';
import { tenantKeyPrefix } from '../tenant-key';

export interface StoredResponse {
  status: number;
  body: string;
  headers: Record<string, string>;
}

export type IdempotencyClaim =
  { state: 'new' } | { state: 'replay'; response: StoredResponse } | { state: 'in_progress' } | { state: 'mismatch' };

/** How long a key is remembered: a day covers any client's retries. */
const TTL_SECONDS = 24 * 3600;
/**
 * How long a claim may stay in progress. A request that died mid-way (a Lambda timeout, a crash) never completes nor
 * releases its key; without a lease every retry would get 409 for a whole day. API requests end within 30 s.
 */
const LEASE_SECONDS = 60;

/**
 * Remembers `Idempotency-Key`s per tenant: the first request claims the key with a conditional put;
 * a retry with the same key and the same request gets the stored response, a different request a mismatch.
 */
export class IdempotencyStore {
  constructor(private readonly store: StoreClients) {}

  private key(tenantId: string, key: string) {
    return { pk: `${tenantKeyPrefix(tenantId)}#IDEM#${key}`, sk: 'IDEM' };
  }

  async claim(tenantId: string, key: string, fingerprint: string, now: Date): Promise<IdempotencyClaim> {
    const nowSeconds = Math.floor(now.getTime() / 1000);
    try {
      await this.store.doc.send(
        new PutCommand({
          TableName: this.store.tableName,
          Item: {
            ...this.key(tenantId, key),
            fingerprint,
            state: 'in_progress',
            claimedAt: nowSeconds,
            expiresAt: nowSeconds + TTL_SECONDS,
          },
          // Free, expired (DynamoDB's TTL deletes lazily, so an expired key may still be read), or abandoned in progress.
          ConditionExpression:
            'attribute_not_exists(pk) OR expiresAt < :now OR (#s = :inProgress AND claimedAt < :staleBefore)',
          ExpressionAttributeNames: { '#s': 'state' },
          ExpressionAttributeValues: {
            ':now': nowSeconds,
            ':inProgress': 'in_progress',
            ':staleBefore': nowSeconds - LEASE_SECONDS,
          },
        }),
      );
      return { state: 'new' };
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
    const existing = await this.store.doc.send(
      new GetCommand({ TableName: this.store.tableName, Key: this.key(tenantId, key), ConsistentRead: true }),
    );
    const item = existing.Item as { fingerprint?: string; state?: string; response?: StoredResponse } | undefined;
    if (!item || item.fingerprint !== fingerprint) return { state: 'mismatch' };
    if (item.state === 'done' && item.response) return { state: 'replay', response: item.response };
    return { state: 'in_progress' };
  }

  async complete(tenantId: string, key: string, response: StoredResponse): Promise<void> {
    await this.store.doc.send(
      new UpdateCommand({
        TableName: this.store.tableName,
        Key: this.key(tenantId, key),
        UpdateExpression: 'SET #s = :done, #r = :response',
        ExpressionAttributeNames: { '#s': 'state', '#r': 'response' },
        ExpressionAttributeValues: { ':done': 'done', ':response': response },
      }),
    );
  }

  /** A request that failed releases its key, so the client may retry it. */
  async release(tenantId: string, key: string): Promise<void> {
    await this.store.doc.send(new DeleteCommand({ TableName: this.store.tableName, Key: this.key(tenantId, key) }));
  }
}
