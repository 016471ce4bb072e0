import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createStoreClients, ensureTable, startEmbeddedStore, type EmbeddedStore } from '@xinfang/store';
import type * as Entry from '../src/index';
import { functionEnv, httpApiEvent, lambdaContext } from './lambda-fixtures';

const tableName = 'xinfang-function-api-test';
let store: EmbeddedStore;
let handler: typeof Entry.handler;
const savedEnv = { ...process.env };

beforeAll(async () => {
  store = await startEmbeddedStore();
  await ensureTable(
    createStoreClients({ endpoint: store.endpoint, tableName, region: 'cn-north-1' }).client,
    tableName,
  );
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

  it('logs each request as one JSON line with tenant, request ids and role, and no query or body', async () => {
    const lines: string[] = [];
    const spy = vi
      .spyOn(process.stdout, 'write')
      .mockImplementation((chunk: string | Uint8Array) => (lines.push(String(chunk)), true));
    try {
      await handler(httpApiEvent('GET', '/api/health'), lambdaContext());
    } finally {
      spy.mockRestore();
    }
    const request = lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.message === 'request');
    expect(request).toMatchObject({
      service: 'xinfang-api',
      tenant: 'anonymous',
      role: 'anonymous',
      path: '/api/health',
      status: 200,
      function_request_id: 'c6af9ac6-7b61-11e6-9a41-93e812345678',
    });
    expect(request?.requestId).toEqual(expect.any(String));
  });
});
