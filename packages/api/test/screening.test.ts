import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoUser } from '../src/auth/local-issuer';
import { orgUsers, seedOrgs } from './org-fixtures';
import { createTestContext, users, type TestContext } from './support/test-app';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await seedOrgs(ctx);
});
afterAll(async () => ctx.stop());

const risk = { title: '排水沟堵塞引发邻里纠纷', kind: 'dispute', description: '雨季前需疏通', status: 'open' };
const call = async (user: DemoUser | null, method: string, path: string, body?: unknown) =>
  ctx.app.request(`/api/screening${path}`, {
    method,
    headers: {
      ...(user ? await ctx.as(user) : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
const paths = async (res: Response) =>
  ((await res.json()) as { invalidParams?: { path: string }[] }).invalidParams?.map((p) => p.path) ?? [];

describe('POST /api/screening/{month}', () => {
  it("lets a unit reporter file its own unit's ledger, and replaces it on re-submission with a new version", async () => {
    const first = await call(orgUsers.reporterA, 'POST', '/2026-06', { unitId: 'v-east', items: [risk] });
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({ unitId: 'v-east', month: '2026-06', version: 1, items: [risk] });
    const again = await call(orgUsers.reporterA, 'POST', '/2026-06', {
      unitId: 'v-east',
      items: [{ ...risk, status: 'resolved' }],
      version: 1,
    });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ version: 2, items: [{ status: 'resolved' }] });
    const stale = await call(orgUsers.reporterA, 'POST', '/2026-06', { unitId: 'v-east', items: [], version: 1 });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ currentVersion: 2 });
  });

  it('lets the township admin file for any unit, including an empty (nothing to report) ledger', async () => {
    const res = await call(users.adminA, 'POST', '/2026-06', { unitId: 'dep-civil', items: [] });
    expect(res.status).toBe(201);
  });

  it('refuses a unit reporter filing for another unit, and roles that do not file', async () => {
    expect((await call(orgUsers.reporterA, 'POST', '/2026-06', { unitId: 'v-west', items: [] })).status).toBe(403);
    for (const user of [users.officerA, orgUsers.auditorA, users.overseer]) {
      expect((await call(user, 'POST', '/2026-06', { unitId: 'v-west', items: [] })).status).toBe(403);
    }
    expect((await call(null, 'POST', '/2026-06', { unitId: 'v-west', items: [] })).status).toBe(401);
  });

  it('names bad input: month, items, a future month (400), and an unknown or foreign unit (422)', async () => {
    const badMonth = await call(users.adminA, 'POST', '/2026-13', { unitId: 'v-west', items: [] });
    expect(badMonth.status).toBe(400);
    expect(await paths(badMonth)).toEqual(['path.month']);
    const badItems = await call(users.adminA, 'POST', '/2026-06', {
      unitId: 'v-west',
      items: [{ title: '', kind: 'rumour', status: 'open' }],
    });
    expect(badItems.status).toBe(400);
    expect(await paths(badItems)).toEqual(expect.arrayContaining(['body.items[0].title', 'body.items[0].kind']));
    const future = await call(users.adminA, 'POST', '/2026-07', { unitId: 'v-west', items: [] });
    expect(future.status).toBe(400);
    expect(await paths(future)).toEqual(['path.month']);
    for (const unitId of ['nope', 'o-b']) {
      const res = await call(users.adminA, 'POST', '/2026-06', { unitId, items: [] });
      expect(res.status).toBe(422);
      expect(await paths(res)).toEqual(['body.unitId']);
    }
  });
});

describe('GET /api/screening/{month} and /missing', () => {
  it('lists filed ledgers (a unit reporter sees its own only)', async () => {
    const all = (await (await call(users.officerA, 'GET', '/2026-06')).json()) as { items: { unitId: string }[] };
    expect(all.items.map((l) => l.unitId).sort()).toEqual(['dep-civil', 'v-east']);
    const own = (await (await call(orgUsers.reporterA, 'GET', '/2026-06')).json()) as { items: { unitId: string }[] };
    expect(own.items.map((l) => l.unitId)).toEqual(['v-east']);
  });

  it('lists the units yet to file and says whether the 25th has passed', async () => {
    const res = await call(orgUsers.auditorA, 'GET', '/2026-06/missing');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { missing: { unitId: string }[] } & Record<string, unknown>;
    expect(body).toMatchObject({ dueDate: '2026-06-25', today: '2026-06-15', duePassed: false, submittedCount: 2 });
    expect(body.missing.map((u) => u.unitId).sort()).toEqual(['o-east', 'v-west']);
    const may = (await (await call(users.adminA, 'GET', '/2026-05/missing')).json()) as Record<string, unknown>;
    expect(may).toMatchObject({ duePassed: true, submittedCount: 0 });
  });

  it('keeps the 25th as the due date on a rest day, and says so', async () => {
    // 2026-04-25 is a Saturday.
    const body = (await (await call(users.adminA, 'GET', '/2026-04/missing')).json()) as Record<string, unknown>;
    expect(body).toMatchObject({ dueDate: '2026-04-25', dueIsWorkingDay: false });
    expect(body.dueNote).toContain('2026-04-25');
  });

  it('refuses district callers and anonymous ones, and bad months', async () => {
    expect((await call(users.overseer, 'GET', '/2026-06')).status).toBe(403);
    expect((await call(orgUsers.districtAuditor, 'GET', '/2026-06/missing')).status).toBe(403);
    expect((await call(null, 'GET', '/2026-06')).status).toBe(401);
    expect((await call(users.officerA, 'GET', '/June/missing')).status).toBe(400);
  });
});
