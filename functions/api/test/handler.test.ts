import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStoreClients, ensureTable, startEmbeddedStore, type EmbeddedStore } from '@xinfang/store';
import type * as Entry from '../src/index';
import { functionEnv, httpApiEvent, lambdaContext } from './lambda-fixtures';

const tableName = 'xinfang-function-api-test';
let store: EmbeddedStore;
let handler: typeof Entry.handler;
const savedEnv = { ...process.env };

beforeAll(async () => {
  store = await startEmbeddedStore();
  await ensureTable(createStoreClients({ endpoint: store.endpoint, tableName, region: 'cn-north-1' }).client, tableName);
  Object.assign(process.env, functionEnv(store.endpoint, tableName));
  // Imported after the environment is set, as Lambda does: the module is loaded into a
  // process whose env is already the function's configuration.
  ({ handler } = await import('../src/index'));
});

afterAll(async () => {
  process.env = savedEnv;
  await store?.stop();
});

describe('Lambda handler behind an HTTP API (payload v2.0)', () => {
  it('answers GET /api/health with 200 JSON status ok', async () => {
    const result = await handler(httpApiEvent('GET', '/api/health'), lambdaContext());

    expect(result.statusCode).toBe(200);
    expect(result.headers?.['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(result.body)).toMatchObject({ status: 'ok' });
  });

  it('answers an unknown path with 404 problem+json', async () => {
    const result = await handler(httpApiEvent('GET', '/api/no-such-thing'), lambdaContext());

    expect(result.statusCode).toBe(404);
    expect(result.headers?.['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(result.body)).toMatchObject({ status: 404 });
  });
});
