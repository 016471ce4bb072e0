import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { StoreClients } from './client';

/**
 * Adds one to a version number on a small item (created on first use), stamping its type and owner. The read caches
 * compare these numbers to know what moved: one GetItem, instead of reading what they cache.
 */
export async function bumpVersionCounter(
  store: StoreClients,
  key: { pk: string; sk: string },
  counter: 'version' | 'orgVersion' | 'statsVersion',
  type: string,
  owner: { tenantId: string } | { districtId: string },
): Promise<void> {
  const [ownerName, ownerId] = Object.entries(owner)[0] as [string, string];
  await store.doc.send(
    new UpdateCommand({
      TableName: store.tableName,
      Key: key,
      UpdateExpression: 'ADD #v :one SET #t = :t, #o = :o',
      ExpressionAttributeNames: { '#v': counter, '#t': 'type', '#o': ownerName },
      ExpressionAttributeValues: { ':one': 1, ':t': type, ':o': ownerId },
    }),
  );
}
