import {
  createStoreClients,
  ensureTable,
  startEmbeddedStore,
  type EmbeddedStore,
  type StoreClients,
} from '@xinfang/store';
import { CliError } from '../cli-error';

export interface StoreTarget {
  endpoint?: string;
  dataDir?: string;
  table: string;
}

export interface OpenedStore {
  store: StoreClients;
  /** In Chinese, for the first line of the command's output. */
  where: string;
  close(): Promise<void>;
}

/** The store a command works on: a running endpoint, the embedded store on a data folder, or a throwaway in-memory one. */
export async function openStore(target: StoreTarget): Promise<OpenedStore> {
  if (target.endpoint && target.dataDir) throw new CliError('--endpoint 和 --data-dir 只能选一个');
  const embedded: EmbeddedStore | undefined = target.endpoint
    ? undefined
    : await startEmbeddedStore(target.dataDir ? { dataDir: target.dataDir } : {});
  const endpoint = target.endpoint ?? embedded?.endpoint;
  const store = createStoreClients({ tableName: target.table, ...(endpoint ? { endpoint } : {}) });
  await ensureTable(store.client, store.tableName);
  const where =
    target.endpoint ?? (target.dataDir ? `数据目录 ${target.dataDir}` : '临时内存存储 (throwaway in-memory store)');
  return { store, where, close: async () => embedded?.stop() };
}
