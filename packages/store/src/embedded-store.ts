// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- dynalite ships no types, and packages that type-check this source need the declaration to travel with it
/// <reference path="./types/dynalite.d.ts" />
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import dynalite from 'dynalite';

export interface EmbeddedStoreOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Keep data on disk in this folder (LevelDB); in memory when absent. */
  dataDir?: string;
}

export interface EmbeddedStore {
  /** The endpoint to give the DynamoDB client, e.g. http://127.0.0.1:41234. */
  endpoint: string;
  stop(): Promise<void>;
}

/**
 * Starts dynalite in this process, on loopback only. It speaks the DynamoDB wire protocol, so the
 * store talks to it with the very SDK calls it makes to AWS; it has no transactions and no Streams.
 */
export async function startEmbeddedStore(options: EmbeddedStoreOptions = {}): Promise<EmbeddedStore> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const server = dynalite({
    ...(options.dataDir ? { path: options.dataDir } : {}),
    createTableMs: 0,
    deleteTableMs: 0,
    updateTableMs: 0,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections?.();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
