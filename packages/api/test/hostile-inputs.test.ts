import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoUser } from '../src/auth/local-issuer';
import { seedOrgs } from './org-fixtures';
import { createTestContext, users, type TestContext } from './support/test-app';

// What a careless or hostile client may send: each is answered 4xx problem+json naming the field, or correctly.

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await seedOrgs(ctx);
});
afterAll(async () => ctx.stop());

const send = async (method: string, path: string, body?: unknown, user: DemoUser = users.adminA) =>
  ctx.app.request(path, { method, headers: { ...(await ctx.as(user)), 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });

async function problemOf(res: Response) {
  return { status: res.status, type: res.headers.get('content-type'), params: ((await res.json()) as { invalidParams?: { path: string }[] }).invalidParams?.map((p) => p.path) };
}

describe('a ledger period that is no period', () => {
  it('is refused 400 naming the period (not 404 "not evaluated yet") when a date does not exist or the range is reversed', async () => {
    for (const period of ['2026-02-30_2026-03-31', '2026-01-01_2026-13-01', '2026-12-31_2026-01-01']) {
      for (const path of ['/api/ledger', '/api/ledger/by-person', '/api/ledger/by-unit', '/api/ledger/notices']) {
        expect({ path, period, ...(await problemOf(await send('GET', `${path}?period=${period}`))) }).toEqual({ path, period, status: 400, type: 'application/problem+json', params: ['query.period'] });
      }
      const reverse = await send('POST', '/api/ledger/entries/any-entry/reverse', { reason: '录入错误', period });
      expect({ period, ...(await problemOf(reverse)) }).toEqual({ period, status: 400, type: 'application/problem+json', params: ['body.period'] });
    }
    // A real period that was never evaluated is still 404.
    expect((await send('GET', '/api/ledger?period=2026-01-01_2026-03-31')).status).toBe(404);
  });
});
