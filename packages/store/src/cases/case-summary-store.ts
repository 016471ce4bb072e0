import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { StoreClients } from '../client';
import { ITEM, caseKeys } from './case-keys';
import { CaseSummary } from './case-items';
import { unitsOf } from './case-summary';

/**
 * The case-summary projection: one item per case (listed on gsi2 under `T#<t>#CASES`) plus one copy per unit that
 * sees the case (listed under `T#<t>#UNIT#<unit>`), all in the case's own partition. Every write is conditional on
 * `lastSeq` not going backwards, so projecting twice, or two projectors racing, converges on the newest fold.
 */
export class CaseSummaryStore {
  constructor(private readonly store: StoreClients) {}

  async write(tenantId: string, summary: CaseSummary): Promise<void> {
    const units = unitsOf(summary);
    const listSort = caseKeys.listSort(summary.registeredOn, summary.id);
    await this.putIfNewer({
      ...caseKeys.summary(tenantId, summary.id),
      gsi2pk: caseKeys.allCases(tenantId),
      gsi2sk: listSort,
      type: ITEM.summary,
      ...summary,
    });
    for (const unitId of units) {
      await this.putIfNewer({
        ...caseKeys.unitCopy(tenantId, summary.id, unitId),
        gsi2pk: caseKeys.unitCases(tenantId, unitId),
        gsi2sk: listSort,
        type: ITEM.unitCopy,
        unitId,
        ...summary,
      });
    }
    // Units no longer on the case stop listing it; an older fold cannot remove a copy a newer fold wrote.
    const copies = await this.store.doc.send(
      new QueryCommand({
        TableName: this.store.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :unit)',
        ExpressionAttributeValues: { ':pk': caseKeys.partition(tenantId, summary.id), ':unit': 'UNIT#' },
        ProjectionExpression: 'sk',
        ConsistentRead: true,
      }),
    );
    for (const item of copies.Items ?? []) {
      const unitId = String(item.sk).slice('UNIT#'.length);
      if (units.includes(unitId)) continue;
      try {
        await this.store.doc.send(
          new DeleteCommand({
            TableName: this.store.tableName,
            Key: caseKeys.unitCopy(tenantId, summary.id, unitId),
            ConditionExpression: 'lastSeq < :seq',
            ExpressionAttributeValues: { ':seq': summary.lastSeq },
          }),
        );
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
    }
  }

  async get(tenantId: string, caseId: string): Promise<CaseSummary | undefined> {
    const out = await this.store.doc.send(
      new GetCommand({
        TableName: this.store.tableName,
        Key: caseKeys.summary(tenantId, caseId),
        ConsistentRead: true,
      }),
    );
    return out.Item ? CaseSummary.parse(out.Item) : undefined;
  }

  private async putIfNewer(item: Record<string, unknown> & { lastSeq: number }): Promise<void> {
    try {
      await this.store.doc.send(
        new PutCommand({
          TableName: this.store.tableName,
          Item: item,
          ConditionExpression: 'attribute_not_exists(pk) OR lastSeq <= :seq',
          ExpressionAttributeValues: { ':seq': item.lastSeq },
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }
}
