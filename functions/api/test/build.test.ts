import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createStoreClients, ensureTable, startEmbeddedStore, type EmbeddedStore } from '@xinfang/store';
import { functionEnv, httpApiEvent, lambdaContext } from './lambda-fixtures';

// Built once per run by global-setup.ts, outside the repository: it can only run if it is
// self-contained, as it must be once uploaded to Lambda.
const outfile = inject('apiBundle');
const outDir = dirname(outfile);
const tableName = 'xinfang-bundle-test';
const savedEnv = { ...process.env };
let store: EmbeddedStore;

let bundle: unknown;

beforeAll(async () => {
  // Loaded with none of the function's settings in the environment: reading them is the first
  // request's job, so a cold start never fails at import (an INIT error has no problem+json).
  for (const name of Object.keys(functionEnv('', ''))) delete process.env[name];
  bundle = await import(pathToFileURL(outfile).href);

  store = await startEmbeddedStore();
  await ensureTable(
    createStoreClients({ endpoint: store.endpoint, tableName, region: 'cn-north-1' }).client,
    tableName,
  );
  Object.assign(process.env, functionEnv(store.endpoint, tableName));
  // Bundling takes seconds alone and much longer on a busy machine.
}, 180_000);

afterAll(async () => {
  process.env = savedEnv;
  await store?.stop();
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

  it('leaves the Excel library out of what a cold start loads: it is a chunk beside the entry, loaded on first export', async () => {
    expect(readFileSync(outfile, 'utf8')).not.toContain('exceljs');
    const excel = readdirSync(join(outDir, 'chunks')).find((f) => /^excel-.*\.mjs$/.test(f));
    expect(excel).toBeDefined();
    if (!excel) return;
    expect(readFileSync(join(outDir, 'chunks', excel), 'utf8')).toContain('exceljs');
    const chunk: unknown = await import(pathToFileURL(join(outDir, 'chunks', excel)).href);
    expect(chunk).toBeTypeOf('object');
  });

  it('serves a request whose code is not loaded at cold start: the API reference page comes from a chunk', async () => {
    // The page's renderer is only imported by GET /api/docs, so it is not in the entry…
    expect(readFileSync(outfile, 'utf8')).not.toContain('机器可读的 OpenAPI 文档');
    const handler = typeof bundle === 'object' && bundle !== null && 'handler' in bundle ? bundle.handler : undefined;
    if (typeof handler !== 'function') throw new Error('the bundle exports no handler');
    // …and the bundle still answers it, loading the chunk on first use.
    const result: unknown = await handler(httpApiEvent('GET', '/api/docs'), lambdaContext());
    expect(result).toMatchObject({ statusCode: 200 });
    const body = typeof result === 'object' && result !== null && 'body' in result ? String(result.body) : '';
    expect(body).toContain('机器可读的 OpenAPI 文档');
    expect(body).toContain('/api/cases');
  });

  it('builds only the route group a request needs: the ledger’s routes are in no file a cold start loads', async () => {
    // What the entry imports statically, transitively: the files Lambda reads and runs before the first request.
    const initFiles = new Set<string>();
    const visit = (file: string) => {
      if (initFiles.has(file)) return;
      initFiles.add(file);
      for (const m of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*"\.\/((?:chunks\/)?[^"]+\.mjs)"/g)) {
        const rel = m[1] ?? '';
        visit(join(file === outfile || rel.startsWith('chunks/') ? outDir : join(outDir, 'chunks'), rel));
      }
    };
    visit(outfile);
    const ledgerText = '下发处罚通知：期间由草稿变为已下发';
    expect([...initFiles].filter((f) => readFileSync(f, 'utf8').includes(ledgerText))).toEqual([]);
    const chunks = readdirSync(join(outDir, 'chunks')).filter((f) => f.endsWith('.mjs'));
    expect(chunks.some((f) => readFileSync(join(outDir, 'chunks', f), 'utf8').includes(ledgerText))).toBe(true);

    // A ledger request loads its group then: refused without a token, as problem+json with the request id.
    const handler = typeof bundle === 'object' && bundle !== null && 'handler' in bundle ? bundle.handler : undefined;
    if (typeof handler !== 'function') throw new Error('the bundle exports no handler');
    const result: unknown = await handler(httpApiEvent('GET', '/api/ledger/periods'), lambdaContext());
    expect(result).toMatchObject({ statusCode: 401, headers: { 'content-type': 'application/problem+json' } });
    const headers = typeof result === 'object' && result !== null && 'headers' in result ? result.headers : {};
    expect(JSON.stringify(headers).toLowerCase()).toContain('x-request-id');
  });
});
