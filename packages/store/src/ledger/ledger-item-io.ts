import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { StoreClients } from '../client';
import { ledgerKeys } from './ledger-items';

/** JSON with sorted keys: DynamoDB returns map attributes in any order, so plain JSON.stringify cannot compare. */
export const canonical = (value: unknown): string =>
  JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );

/** An item without its keys and bookkeeping attributes, ready for its zod schema. */
export const strip = (item: Record<string, unknown>) => {
  const { pk: _pk, sk: _sk, entity: _entity, tenantId: _tenantId, periodKey: _periodKey, ...rest } = item;
  return rest;
};

export const failedCondition = (error: unknown) => error instanceof ConditionalCheckFailedException;

/** One item of a period's partition, read consistently (the caller has often just written it). */
export async function getPeriodItem(
  store: StoreClients,
  tenantId: string,
  periodKey: string,
  sk: string,
): Promise<Record<string, unknown> | undefined> {
  const out = await store.doc.send(
    new GetCommand({
      TableName: store.tableName,
      Key: { pk: ledgerKeys.period(tenantId, periodKey), sk },
      ConsistentRead: true,
    }),
  );
  return out.Item;
}

/** A put into a period's partition that only creates; false when the key is taken. */
export async function putOnce(
  store: StoreClients,
  tenantId: string,
  periodKey: string,
  sk: string,
  entity: string,
  value: object,
): Promise<boolean> {
  try {
    await store.doc.send(
      new PutCommand({
        TableName: store.tableName,
        Item: { pk: ledgerKeys.period(tenantId, periodKey), sk, entity, tenantId, periodKey, ...value },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return true;
  } catch (error) {
    if (failedCondition(error)) return false;
    throw error;
  }
}
