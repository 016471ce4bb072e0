import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import type { StoreClients } from '../client';
import { QUERY_CODE_ITEM, queryCodeKeys } from './query-code-keys';

const Lookup = z.object({ tenantId: z.string(), caseId: z.string(), issuedAt: z.string() });
export type QueryCodeTarget = z.infer<typeof Lookup>;
const Current = z.object({ hash: z.string(), issuedAt: z.string() });

/** Two random codes hashed alike: astronomically unlikely at 80 bits, but never silently shared. */
export class QueryCodeTakenError extends Error {
  override readonly name = 'QueryCodeTakenError';
  constructor() {
    super('查询码已被占用');
  }
}

/**
 * Query codes (查询码) of cases, stored only as hashes: a lookup item keyed by the hash (which names the tenant and
 * case) and, in the case's partition, the hash of the case's current code. The API makes codes and hashes them.
 */
export class QueryCodeRepository {
  constructor(private readonly store: StoreClients) {}

  /**
   * Where a hash leads: one consistent GetItem whatever the hash, so an unknown, revoked or malformed code costs the
   * very same call as any other miss.
   */
  async find(hash: string): Promise<QueryCodeTarget | undefined> {
    const out = await this.store.doc.send(
      new GetCommand({ TableName: this.store.tableName, Key: queryCodeKeys.lookup(hash), ConsistentRead: true }),
    );
    return out.Item ? Lookup.parse(out.Item) : undefined;
  }

  /** When the case's current code was issued, if it has one. */
  async current(tenantId: string, caseId: string): Promise<{ issuedAt: string } | undefined> {
    const found = await this.readCurrent(tenantId, caseId);
    return found ? { issuedAt: found.issuedAt } : undefined;
  }

  /**
   * Gives the case the code hashed `hash`, revoking the one it had. The old lookup item goes first, so a failure half-way
   * leaves the case without a working code (the officer issues again), never with two.
   */
  async issue(tenantId: string, caseId: string, hash: string, issuedAt: string): Promise<void> {
    const old = await this.readCurrent(tenantId, caseId);
    if (old)
      await this.store.doc.send(
        new DeleteCommand({ TableName: this.store.tableName, Key: queryCodeKeys.lookup(old.hash) }),
      );
    try {
      await this.store.doc.send(
        new PutCommand({
          TableName: this.store.tableName,
          Item: { ...queryCodeKeys.lookup(hash), type: QUERY_CODE_ITEM.lookup, tenantId, caseId, issuedAt },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new QueryCodeTakenError();
      throw error;
    }
    await this.store.doc.send(
      new PutCommand({
        TableName: this.store.tableName,
        Item: { ...queryCodeKeys.current(tenantId, caseId), type: QUERY_CODE_ITEM.current, tenantId, hash, issuedAt },
      }),
    );
  }

  private async readCurrent(tenantId: string, caseId: string) {
    const out = await this.store.doc.send(
      new GetCommand({
        TableName: this.store.tableName,
        Key: queryCodeKeys.current(tenantId, caseId),
        ConsistentRead: true,
      }),
    );
    return out.Item ? Current.parse(out.Item) : undefined;
  }
}
