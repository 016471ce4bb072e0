import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { StoreClients } from '../client';
import { queryAll } from '../query-all';
import { caseKeys } from './case-keys';
import { isConditionFailure as failedCondition } from '../tenancy/condition-failed';

/** `twn-xiji` → `xiji`: the township part of a case number. */
const prefixOf = (tenantId: string) => tenantId.replace(/^twn-/, '');

/**
 * 编号: a township's cases numbered by registration year, `<township>-<year>-<NNN>` (xiji-2026-046), the way
 * officials quote them. One counter item per township and year, raised atomically, so two registrations never
 * share a number. A year's counter starts after the highest number among the cases already registered in it
 * (imported cases carry theirs as ids, e.g. the demo's xiji-2026-041), and at least their count, so a new
 * number never repeats an old one.
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
      const before = await this.highestSoFar(tenantId, year);
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

  /** Once per township and year: one Query of the year's case summaries (ids and numbers only). */
  private async highestSoFar(tenantId: string, year: string): Promise<number> {
    const rows = await queryAll(this.store, {
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :pk AND gsi2sk BETWEEN :from AND :to',
      ExpressionAttributeValues: {
        ':pk': caseKeys.allCases(tenantId),
        ':from': `${year}-01-01#`,
        ':to': `${year}-12-31#\uffff`,
      },
      ProjectionExpression: 'id, #n',
      ExpressionAttributeNames: { '#n': 'number' },
    });
    const prefix = prefixOf(tenantId).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const form = new RegExp(`^${prefix}-${year}-(\\d+)$`);
    const numbered = rows.flatMap((row) =>
      [row.number, row.id].map((v) => Number(form.exec(String(v ?? ''))?.[1] ?? 0)),
    );
    return Math.max(rows.length, ...numbered);
  }
}
