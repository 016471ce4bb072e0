import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { checkStoreHealth, createStoreClients, ensureTable, startEmbeddedStore, tableDefinition } from '../src';

describe('embedded store', () => {
  it('creates the shared table definition and answers the same SDK calls as DynamoDB', async () => {
    const embedded = await startEmbeddedStore();
    try {
      const store = createStoreClients({ endpoint: embedded.endpoint, tableName: 'table-one' });
      expect(await ensureTable(store.client, 'table-one')).toBe('created');
      expect(await ensureTable(store.client, 'table-one')).toBe('exists');
      const table = await store.client.send(new DescribeTableCommand({ TableName: 'table-one' }));
      expect(table.Table?.KeySchema).toEqual([
        { AttributeName: tableDefinition.partitionKey, KeyType: 'HASH' },
        { AttributeName: tableDefinition.sortKey, KeyType: 'RANGE' },
      ]);
      expect(table.Table?.GlobalSecondaryIndexes?.map((g) => g.IndexName).sort()).toEqual(['gsi1', 'gsi2']);
      await store.doc.send(new PutCommand({ TableName: 'table-one', Item: { pk: 'T#a', sk: 'x', n: 1 } }));
      const got = await store.doc.send(new GetCommand({ TableName: 'table-one', Key: { pk: 'T#a', sk: 'x' } }));
      expect(got.Item).toEqual({ pk: 'T#a', sk: 'x', n: 1 });
      expect((await checkStoreHealth(store)).reachable).toBe(true);
    } finally {
      await embedded.stop();
    }
  });

  it('keeps data across restarts when given a data folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xinfang-store-'));
    try {
      const first = await startEmbeddedStore({ dataDir: dir });
      const a = createStoreClients({ endpoint: first.endpoint, tableName: 'table-two' });
      await ensureTable(a.client, 'table-two');
      await a.doc.send(new PutCommand({ TableName: 'table-two', Item: { pk: 'T#b', sk: 'y', v: '保留' } }));
      await first.stop();
      const second = await startEmbeddedStore({ dataDir: dir });
      const b = createStoreClients({ endpoint: second.endpoint, tableName: 'table-two' });
      const got = await b.doc.send(new GetCommand({ TableName: 'table-two', Key: { pk: 'T#b', sk: 'y' } }));
      expect(got.Item?.v).toBe('保留');
      await second.stop();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports an unreachable store as not reachable instead of failing', async () => {
    const embedded = await startEmbeddedStore();
    const store = createStoreClients({ endpoint: embedded.endpoint, tableName: 'missing' });
    expect((await checkStoreHealth(store)).reachable).toBe(false);
    await embedded.stop();
  });
});
