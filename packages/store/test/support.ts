import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import { createStoreClients, ensureTable, startEmbeddedStore, type EmbeddedStore, type StoreClients } from '../src';

/** A fresh table on one embedded store per test file. */
export function useEmbeddedTable(): { store: () => StoreClients } {
  let embedded: EmbeddedStore | undefined;
  let store: StoreClients | undefined;
  beforeAll(async () => {
    embedded = await startEmbeddedStore();
    const tableName = `t-${randomUUID()}`;
    store = createStoreClients({ endpoint: embedded.endpoint, tableName });
    await ensureTable(store.client, tableName);
  });
  afterAll(async () => embedded?.stop());
  return {
    store: () => {
      if (!store) throw new Error('store not started');
      return store;
    },
  };
}
