import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStoreClients, ensureTable, startEmbeddedStore, type EmbeddedStore } from '@xinfang/store';
import { functionEnv, httpApiEvent, lambdaContext } from './lambda-fixtures';

const functionDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = mkdtempSync(join(tmpdir(), 'xinfang-function-api-'));
const outfile = join(outDir, 'index.mjs');
const tableName = 'xinfang-bundle-test';
const savedEnv = { ...process.env };
let store: EmbeddedStore;

let bundle: unknown;

beforeAll(async () => {
  // The bundle is built outside the repository, so it can only run if it is self-contained,
  // as it must be once uploaded to Lambda.
  await promisify(execFile)(process.execPath, ['build.mjs', '--outfile', outfile], { cwd: functionDir });
  // Loaded with none of the function's settings in the environment: reading them is the first
  // request's job, so a cold start never fails at import (an INIT error has no problem+json).
  for (const name of Object.keys(functionEnv('', ''))) delete process.env[name];
  bundle = await import(pathToFileURL(outfile).href);

  store = await startEmbeddedStore();
  await ensureTable(createStoreClients({ endpoint: store.endpoint, tableName, region: 'cn-north-1' }).client, tableName);
  Object.assign(process.env, functionEnv(store.endpoint, tableName));
  // Bundling takes seconds alone and much longer on a busy machine.
}, 180_000);

afterAll(async () => {
  process.env = savedEnv;
  await store?.stop();
  rmSync(outDir, { recursive: true, force: true });
});

describe('build.mjs', () => {
  it('writes one ESM bundle with a source map that exports the handler and serves requests', async () => {
    expect(existsSync(`${outfile}.map`)).toBe(true);
    const handler = typeof bundle === 'object' && bundle !== null && 'handler' in bundle ? bundle.handler : undefined;
    expect(typeof handler).toBe('function');
    if (typeof handler !== 'function') return;

    const result: unknown = await handler(httpApiEvent('GET', '/api/health'), lambdaContext());
    expect(result).toMatchObject({ statusCode: 200 });
  });
});
