import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DemoUser } from '../src/auth/local-issuer';
import { people } from './rules-ledger-fixtures';
import { arbitraryFor, type JsonSchema } from './support/json-schema-arbitrary';
import { useSeededTownship } from './support/seeded-township';
import { createTestContext } from './support/test-app';

// Every write operation of the OpenAPI document, with bodies generated from its request schema, as a user allowed
// to call it: never a 5xx, and a refused write (any 4xx) leaves every item of the table as it was.
// Bounded: RUNS bodies per operation, one fixed seed (printed by fast-check on failure, with the shrunk body).
const ctx = useSeededTownship();
const RUNS = 20;
const SEED = 20261130;
const WRITE_METHODS = ['post', 'put', 'patch', 'delete'] as const;
// Ids of the seeded township, so that generated bodies and paths often name things that exist.
const HINTS = ['c-v1', 'v1', 'o1', 'dep1', 'p-v', 'p-o', 'a2', 'twn-a', 'v2020', 'vis1', 'default', 'main', 'x'];

interface Operation {
  method: (typeof WRITE_METHODS)[number];
  path: string;
  body?: JsonSchema;
}
interface OpenApiDocument {
  paths: Record<
    string,
    Partial<Record<string, { requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }>>
  >;
  components?: { schemas?: Record<string, JsonSchema> };
}

/** The write operations of the app's own OpenAPI document (read once, when the file is collected). */
async function documentOps(): Promise<{ ops: Operation[]; resolve: (ref: string) => JsonSchema }> {
  const docApp = await createTestContext({ createTable: false });
  const doc = (await (await docApp.app.request('/api/openapi.json')).json()) as OpenApiDocument;
  await docApp.stop();
  const resolve = (ref: string): JsonSchema => {
    const found = doc.components?.schemas?.[ref.replace('#/components/schemas/', '')];
    if (!found) throw new Error(`unresolved ${ref}`);
    return found;
  };
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of WRITE_METHODS) {
      const op = item[method];
      if (!op) continue;
      const body = op.requestBody?.content?.['application/json']?.schema;
      ops.push({ method, path, ...(body ? { body } : {}) });
    }
  }
  return { ops, resolve };
}

// The embedded store speaks DynamoDB's JSON protocol and checks a signature's form, not its value.
const SCAN_HEADERS = {
  'content-type': 'application/x-amz-json-1.0',
  'x-amz-target': 'DynamoDB_20120810.Scan',
  'x-amz-date': '20260101T000000Z',
  authorization:
    'AWS4-HMAC-SHA256 Credential=test/20260101/cn-north-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0',
};

/** Every item of the table (a Scan, here in the test only), each as its raw JSON, sorted. */
async function snapshot(): Promise<string[]> {
  const items: string[] = [];
  let start: unknown;
  do {
    const body = JSON.stringify({
      TableName: ctx.store.tableName,
      ConsistentRead: true,
      ...(start ? { ExclusiveStartKey: start } : {}),
    });
    const res = await fetch(ctx.embedded.endpoint, { method: 'POST', headers: SCAN_HEADERS, body });
    const page = (await res.json()) as { Items?: unknown[]; LastEvaluatedKey?: unknown };
    items.push(...(page.Items ?? []).map((i) => JSON.stringify(i)));
    start = page.LastEvaluatedKey;
  } while (start);
  return items.sort();
}

const userFor = (path: string): DemoUser => (path.startsWith('/api/district') ? people.overseer : people.admin);
const fillPath = (path: string, ids: string[]) => {
  let i = 0;
  return path.replace(/\{[^}]+\}/g, () => encodeURIComponent(ids[i++ % ids.length] ?? 'x'));
};

const { ops, resolve } = await documentOps();
const statuses = new Map<number, number>();
let before: string[] | undefined;

describe('random bodies from the OpenAPI document on every write operation: no 5xx, a refused write changes nothing', () => {
  it('the document lists the write operations', () => expect(ops.length).toBeGreaterThan(15));

  for (const op of ops) {
    it(`${op.method.toUpperCase()} ${op.path}`, { timeout: 300_000 }, async () => {
      before ??= await snapshot();
      const body = op.body ? arbitraryFor(op.body, resolve, HINTS) : fc.constant(undefined);
      const ids = fc.array(fc.constantFrom(...HINTS, '2026-05', '2026-10-01', '2027', '2026-01-01_2026-12-31'), {
        minLength: 3,
        maxLength: 3,
      });
      await fc.assert(
        fc.asyncProperty(body, ids, async (value, pathIds) => {
          // The document's paths are relative to its server, `/api`.
          const path = `/api${fillPath(op.path, pathIds)}`;
          const headers = { ...(await ctx.as(userFor(path))), 'content-type': 'application/json' };
          const res = await ctx.app.request(path, {
            method: op.method.toUpperCase(),
            headers,
            ...(value === undefined ? {} : { body: JSON.stringify(value) }),
          });
          const text = await res.text();
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          expect({
            path,
            status: res.status < 500 ? 'below 500' : res.status,
            text: res.status < 500 ? '' : text,
          }).toEqual({ path, status: 'below 500', text: '' });
          const after = await snapshot();
          if (res.status >= 400)
            expect({ path, status: res.status, after }).toEqual({ path, status: res.status, after: before });
          before = after;
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
    });
  }

  it('the bodies reached the handlers: some writes were accepted, some refused past the schema check', () => {
    const count = (pred: (status: number) => boolean) =>
      [...statuses].filter(([s]) => pred(s)).reduce((n, [, c]) => n + c, 0);
    expect(count((s) => s < 300)).toBeGreaterThan(0);
    expect(count((s) => s === 404 || s === 409 || s === 422)).toBeGreaterThan(0);
  });
});
