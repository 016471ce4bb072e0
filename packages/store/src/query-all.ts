import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { StoreClients } from './client';

/**
 * The store's one paging helper for Query: every item of one partition (optionally with a sort-key prefix),
 * following `LastEvaluatedKey` until the last page. `consistent` for reads that must see the caller's own writes.
 */
export async function queryAll(
  store: StoreClients,
  pk: string,
  skPrefix?: string,
  options: { consistent?: boolean } = {},
): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await store.doc.send(
      new QueryCommand({
        TableName: store.tableName,
        KeyConditionExpression: skPrefix ? 'pk = :pk AND begins_with(sk, :p)' : 'pk = :pk',
        ExpressionAttributeValues: skPrefix ? { ':pk': pk, ':p': skPrefix } : { ':pk': pk },
        ...(options.consistent ? { ConsistentRead: true } : {}),
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}
