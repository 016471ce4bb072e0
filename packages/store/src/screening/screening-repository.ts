import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { queryAll } from '../query-all';
import type { StoreClients } from '../client';
import { isConditionFailure } from '../tenancy/condition-failed';
import { ScreeningLedger, ScreeningVersionConflictError, type ScreeningItem } from './screening-ledger';

const pkOf = (tenantId: string, month: string) => `T#${tenantId}#SCREEN#${month}`;

export interface ScreeningSubmission {
  month: string;
  unitId: string;
  items: ScreeningItem[];
  submittedAt: string;
  submittedBy: string;
  /** The version the submitter last saw; absent = whatever is current (still conditional, so a race is caught). */
  expectedVersion?: number;
}

/**
 * Monthly screening ledgers: one item per unit and month in the month's partition, so "who filed in June" is one
 * Query. Plain lib-dynamodb: a conditional replace on the version read a moment before is all it needs.
 */
export class ScreeningRepository {
  constructor(private readonly store: StoreClients) {}

  async get(tenantId: string, month: string, unitId: string): Promise<ScreeningLedger | undefined> {
    const { Item } = await this.store.doc.send(
      new GetCommand({
        TableName: this.store.tableName,
        Key: { pk: pkOf(tenantId, month), sk: unitId },
        ConsistentRead: true,
      }),
    );
    return Item ? ScreeningLedger.parse(Item) : undefined;
  }

  /** Files or replaces a unit's ledger for the month; the stored version goes 1, 2, 3… */
  async submit(tenantId: string, input: ScreeningSubmission): Promise<ScreeningLedger> {
    const current = await this.get(tenantId, input.month, input.unitId);
    const currentVersion = current?.version ?? 0;
    if (input.expectedVersion !== undefined && input.expectedVersion !== currentVersion) {
      throw new ScreeningVersionConflictError(input.unitId, currentVersion);
    }
    const ledger = ScreeningLedger.parse({
      month: input.month,
      unitId: input.unitId,
      items: input.items,
      version: currentVersion + 1,
      submittedAt: input.submittedAt,
      submittedBy: input.submittedBy,
    });
    try {
      await this.store.doc.send(
        new PutCommand({
          TableName: this.store.tableName,
          Item: { pk: pkOf(tenantId, input.month), sk: input.unitId, entity: 'screening_ledger', ...ledger },
          ...(current
            ? { ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': currentVersion } }
            : { ConditionExpression: 'attribute_not_exists(pk)' }),
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const now = await this.get(tenantId, input.month, input.unitId);
      throw new ScreeningVersionConflictError(input.unitId, now?.version ?? 0);
    }
    return ledger;
  }

  /** Every ledger filed for the month, ordered by unit id (one Query, paged). */
  async listMonth(tenantId: string, month: string): Promise<ScreeningLedger[]> {
    return (await queryAll(this.store, pkOf(tenantId, month))).map((item) => ScreeningLedger.parse(item));
  }
}
