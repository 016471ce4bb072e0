import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { StoreClients } from '../client';
import { HonourConflictError } from './honour-conflict-error';
import { queryAll } from '../query-all';
import { settingsKeys, TownshipHonour, withoutKeys, type HonourLevel } from './settings-items';

/**
 * The township's model-township titles (模范乡镇), one item per year. Every change is conditional on the
 * version the caller read (0 for a year never set), so two admins cannot silently overwrite each other.
 */
export class TownshipHonoursRepository {
  constructor(private readonly store: StoreClients) {}

  /** Every year with an entry, oldest first (including withdrawn ones, whose level is null). */
  async list(tenantId: string): Promise<TownshipHonour[]> {
    const items = await queryAll(this.store, settingsKeys.honours(tenantId));
    return items.map((i) => TownshipHonour.parse(withoutKeys(i))).sort((a, b) => a.year - b.year);
  }

  async get(tenantId: string, year: number): Promise<TownshipHonour | undefined> {
    const out = await this.store.doc.send(
      new GetCommand({
        TableName: this.store.tableName,
        Key: { pk: settingsKeys.honours(tenantId), sk: String(year) },
        ConsistentRead: true,
      }),
    );
    return out.Item ? TownshipHonour.parse(withoutKeys(out.Item)) : undefined;
  }

  /** Sets (or withdraws, with null) the year's title if it is still at `expectedVersion`; HonourConflictError otherwise. */
  async set(
    tenantId: string,
    year: number,
    level: HonourLevel | null,
    expectedVersion: number,
    meta: { by: string; at: string },
  ): Promise<TownshipHonour> {
    const next: TownshipHonour = {
      tenantId,
      year,
      level,
      version: expectedVersion + 1,
      updatedAt: meta.at,
      updatedBy: meta.by,
    };
    try {
      await this.store.doc.send(
        new PutCommand({
          TableName: this.store.tableName,
          Item: { pk: settingsKeys.honours(tenantId), sk: String(year), entity: 'township_honour', ...next },
          ...(expectedVersion === 0
            ? { ConditionExpression: 'attribute_not_exists(pk)' }
            : {
                ConditionExpression: '#v = :expected',
                ExpressionAttributeNames: { '#v': 'version' },
                ExpressionAttributeValues: { ':expected': expectedVersion },
              }),
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      throw new HonourConflictError(year, (await this.get(tenantId, year))?.version ?? 0);
    }
    return next;
  }
}
