import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { StoreClients } from './client';

/** A Query of any shape (an index, a range condition, a filter), without the table and the page to start from. */
export type QueryInput = Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey'>;

/**
 * The store's one paging helper for Query: every item a Query matches, following `LastEvaluatedKey` until the last
 * page. Given a partition key (optionally with a sort-key prefix) it queries that partition of the table; given a
 * QueryInput it runs that. `consistent` for partition reads that must see the caller's own writes.
 */
export async function queryAll(
  store: StoreClients,
  query: string | QueryInput,
  skPrefix?: string,
  options: { consistent?: boolean } = {},
): Promise<Record<string, unknown>[]> {
  const input: QueryInput = typeof query === 'string' ? partitionQuery(query, skPrefix, options.consistent) : query;
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await store.doc.send(
      new QueryCommand({ ...input, TableName: store.tableName, ...(start ? { ExclusiveStartKey: start } : {}) }),
    );
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

function partitionQuery(pk: string, skPrefix: string | undefined, consistent: boolean | undefined): QueryInput {
  return {
    KeyConditionExpression: skPrefix ? 'pk = :pk AND begins_with(sk, :p)' : 'pk = :pk',
    ExpressionAttributeValues: skPrefix ? { ':pk': pk, ':p': skPrefix } : { ':pk': pk },
    ...(consistent ? { ConsistentRead: true } : {}),
  };
}
