import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import type { StoreClients } from './client';

export interface StoreHealth {
  reachable: boolean;
  latencyMs: number;
}

/** Is the table there and answering? Never throws: a health check reports, it does not fail. */
export async function checkStoreHealth(
  store: StoreClients,
  now: () => number = () => performance.now(),
): Promise<StoreHealth> {
  const started = now();
  try {
    const out = await store.client.send(new DescribeTableCommand({ TableName: store.tableName }));
    return { reachable: out.Table?.TableStatus === 'ACTIVE', latencyMs: Math.round(now() - started) };
  } catch {
    return { reachable: false, latencyMs: Math.round(now() - started) };
  }
}
