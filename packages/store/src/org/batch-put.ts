import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { StoreClients } from '../client';

/** DynamoDB's limit of requests per BatchWriteItem. */
const BATCH_SIZE = 25;
const MAX_ATTEMPTS = 8;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Puts items 25 at a time and re-sends what DynamoDB hands back as unprocessed (throttling), with a growing
 * pause, until everything is written or the attempts run out (then it throws: the seed is rerunnable, the puts are idempotent).
 */
export async function batchPut(store: StoreClients, items: Record<string, unknown>[]): Promise<void> {
  for (let start = 0; start < items.length; start += BATCH_SIZE) {
    let requests = items.slice(start, start + BATCH_SIZE).map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 1; requests.length > 0; attempt++) {
      if (attempt > MAX_ATTEMPTS)
        throw new Error(`批量写入失败：${requests.length} 项在 ${MAX_ATTEMPTS} 次尝试后仍未写入`);
      if (attempt > 1) await pause(25 * 2 ** attempt);
      const result = await store.doc.send(new BatchWriteCommand({ RequestItems: { [store.tableName]: requests } }));
      const unprocessed = result.UnprocessedItems?.[store.tableName] ?? [];
      requests = unprocessed.flatMap((r) => (r.PutRequest?.Item ? [{ PutRequest: { Item: r.PutRequest.Item } }] : []));
    }
  }
}
