import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { StoreClients } from '../client';
import { countCaseSummaries } from './case-list';
import { isConditionFailure as failedCondition } from '../tenancy/condition-failed';

/** `twn-xiji` → `xiji`: the township part of a case number. */
const prefixOf = (tenantId: string) => tenantId.replace(/^twn-/, '');

/**
 * 编号: a township's cases numbered by registration year, `<township>-<year>-<NNN>` (xiji-2026-046), the way
 * officials quote them. One counter item per township and year, raised atomically, so two registrations never
 * share a number. A year's counter starts after the cases already registered in it (imported cases are numbered
 * by their ids in the same form, so the first new one follows them).
 */
export class CaseNumbers {
  constructor(private readonly store: StoreClients) {}

  async next(tenantId: string, year: string): Promise<string> {
    const Key = { pk: `T#${tenantId}#CASENO`, sk: `Y#${year}` };
    const raise = () =>
      this.store.doc.send(
        new UpdateCommand({
          TableName: this.store.tableName,
          Key,
          UpdateExpression: 'ADD lastNumber :one',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':one': 1 },
          ReturnValues: 'UPDATED_NEW',
        }),
      );
    let out;
    try {
      out = await raise();
    } catch (error) {
      if (!failedCondition(error)) throw error;
      const before = await countCaseSummaries(this.store, tenantId, {
        registeredFrom: `${year}-01-01`,
        registeredTo: `${year}-12-31`,
      });
      // Of two first registrations of the year, one creates the counter; both then raise it.
      await this.store.doc
        .send(
          new PutCommand({
            TableName: this.store.tableName,
            Item: { ...Key, entity: 'case_number_counter', tenantId, lastNumber: before },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        )
        .catch((e: unknown) => {
          if (!failedCondition(e)) throw e;
        });
      out = await raise();
    }
    const n = Number(out.Attributes?.lastNumber ?? 0);
    return `${prefixOf(tenantId)}-${year}-${String(n).padStart(3, '0')}`;
  }
}
