import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoUser } from '../src/auth/local-issuer';
import { CaseDetailSchema } from '../src/routes/cases/schemas';
import { caseUsers, act, jsonInit, register, registration, type Summary } from './cases-fixtures';
import { orgUsers, seedOrgs } from './org-fixtures';
import { createTestContext, users, type TestContext } from './support/test-app';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await seedOrgs(ctx);
});
afterAll(async () => ctx.stop());

const post = async (body: unknown, user: DemoUser = users.officerA, extra: Record<string, string> = {}) =>
  ctx.app.request('/api/cases', jsonInit(await ctx.as(user), body, extra));
const get = async (path: string, user: DemoUser = users.officerA) =>
  ctx.app.request(path, { headers: await ctx.as(user) });

describe('POST /api/cases', () => {
  it('registers a case with its first visit: 201, Location, summary at seq 2, audited', async () => {
    const res = await post(registration());
    expect(res.status).toBe(201);
    const body = (await res.json()) as Summary;
    expect(res.headers.get('location')).toBe(`/api/cases/${body.id}`);
    expect(body).toMatchObject({
      status: 'intake',
      statusLabel: '接访',
      lastSeq: 2,
      visitCount: 1,
      latestVisitLevel: 'township',
      registeredOn: '2026-06-01',
      townshipId: 'twn-a',
      overdue: false,
    });
    expect(JSON.stringify(body)).not.toContain('张三');
    const log = await get('/api/audit?month=2026-06', users.adminA);
    if (log.status === 200) expect(JSON.stringify(await log.json())).toContain('case.register');
  });

  it('creates one case for two requests with the same Idempotency-Key', async () => {
    const headers = { 'idempotency-key': 'register-once-1' };
    const first = await post(registration({ category: '幂等测试' }), users.officerA, headers);
    const second = await post(registration({ category: '幂等测试' }), users.officerA, headers);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.headers.get('idempotency-replayed')).toBe('true');
    const a = (await first.json()) as Summary;
    expect(((await second.json()) as Summary).id).toBe(a.id);
    const list = (await (await get('/api/cases?q=幂等测试')).json()) as { items: Summary[] };
    expect(list.items).toHaveLength(1);
  });

  it('answers bad input with 400 naming the field', async () => {
    const res = await post(
      registration({ firstVisit: { channel: 'pigeon', level: 'township', form: 'individual', headcount: 0 } }),
    );
    expect(res.status).toBe(400);
    const paths = ((await res.json()) as { invalidParams: { path: string }[] }).invalidParams.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['body.firstVisit.channel', 'body.firstVisit.headcount']));
    const future = await post(registration({ registeredOn: '2026-07-01' }));
    expect(future.status).toBe(400);
    expect(await future.json()).toMatchObject({ invalidParams: [{ path: 'body.registeredOn' }] });
  });

  it('refuses units that are not in the township org (422 with the field)', async () => {
    const res = await post(registration({ responsibleUnitIds: ['v-east', 'o-b'] }));
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({
      code: 'unknown_unit',
      invalidParams: [{ path: 'body.responsibleUnitIds[1]' }],
    });
  });

  it('needs a token (401) and a case role (403)', async () => {
    expect(
      (
        await ctx.app.request('/api/cases', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(registration()),
        })
      ).status,
    ).toBe(401);
    for (const user of [orgUsers.reporterA, orgUsers.auditorA, users.overseer])
      expect((await post(registration(), user)).status).toBe(403);
  });
});

describe('GET /api/cases', () => {
  it('lists with filters and a cursor; unit reporters see only their unit’s cases', async () => {
    await register(ctx, users.officerA, {
      category: '列表-民政',
      originUnitId: 'dep-civil',
      responsibleUnitIds: ['dep-civil'],
      registeredOn: '2026-05-01',
    });
    await register(ctx, users.officerA, {
      category: '列表-西村',
      originUnitId: 'v-west',
      responsibleUnitIds: ['v-west'],
      registeredOn: '2026-02-01',
      firstVisit: { channel: 'letter', level: 'district', form: 'collective', headcount: 7 },
    });
    const page1 = (await (await get('/api/cases?q=列表&limit=1')).json()) as { items: Summary[]; cursor?: string };
    expect(page1.items.map((s) => s.category)).toEqual(['列表-民政']);
    const page2 = (await (await get(`/api/cases?q=列表&limit=1&cursor=${page1.cursor ?? ''}`)).json()) as {
      items: Summary[];
    };
    expect(page2.items.map((s) => s.category)).toEqual(['列表-西村']);
    const overdue = (await (await get('/api/cases?overdue=true')).json()) as { items: Summary[] };
    expect(overdue.items.map((s) => s.category)).toEqual(['列表-西村']);
    expect(overdue.items[0]?.overdue).toBe(true);
    const byLevel = (await (await get('/api/cases?level=district')).json()) as { items: Summary[] };
    expect(byLevel.items.map((s) => s.category)).toEqual(['列表-西村']);
    const byUnit = (await (
      await get('/api/cases?unitId=dep-civil&registeredFrom=2026-04-01&registeredTo=2026-05-31')
    ).json()) as { items: Summary[] };
    expect(byUnit.items.map((s) => s.category)).toEqual(['列表-民政']);

    const west = (await (await get('/api/cases', caseUsers.reporterWest)).json()) as { items: Summary[] };
    expect(west.items.map((s) => s.category)).toEqual(['列表-西村']);
    expect((await get('/api/cases?unitId=dep-civil', caseUsers.reporterWest)).status).toBe(403);
  });

  it('refuses a bad filter or cursor (400), no token (401), district callers (403)', async () => {
    const bad = await get('/api/cases?status=lost');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ invalidParams: [{ path: 'query.status' }] });
    expect(await (await get('/api/cases?cursor=garbage')).json()).toMatchObject({
      status: 400,
      invalidParams: [{ path: 'query.cursor' }],
    });
    expect((await ctx.app.request('/api/cases')).status).toBe(401);
    expect((await get('/api/cases', users.overseer)).status).toBe(403);
  });
});

describe('GET /api/cases/{id}', () => {
  it('shows the timeline in order with Chinese labels and the deadline status, without the petitioner', async () => {
    const c = await register(ctx, users.officerA);
    expect((await act(ctx, users.officerA, c.id, { kind: 'accept', expectedSeq: 2, on: '2026-06-02' })).status).toBe(
      201,
    );
    const res = await get(`/api/cases/${c.id}`);
    expect(res.status).toBe(200);
    const raw: unknown = await res.json();
    // Read through the documented schema; parsing drops unknown keys, so equality shows nothing is undocumented.
    const body = CaseDetailSchema.parse(raw);
    expect(body).toEqual(raw);
    expect(body.timeline.map((t) => [t.seq, t.label])).toEqual([
      [1, '登记（接访）'],
      [2, '来访（个人访·到镇，1人）'],
      [3, '受理'],
    ]);
    // Each entry's details are its event's own fields: the visit's, and none for the acceptance.
    expect(body.timeline[1]?.details).toEqual({
      visitId: expect.any(String),
      channel: 'visit',
      level: 'township',
      form: 'individual',
      headcount: 1,
    });
    expect(body.timeline[2]?.details).toEqual({});
    expect(body.deadline).toMatchObject({ kind: 'on_track', label: '办理中', deadline: '2026-08-01', daysLeft: 47 });
    expect(body.nextStatuses).toEqual(['routed']);
    expect(JSON.stringify(body)).not.toMatch(/张三|13800000000|东村3组/);
  });

  it('hides another township’s case (404) and another unit’s case from a unit reporter (403)', async () => {
    const c = await register(ctx, users.officerA);
    expect((await get(`/api/cases/${c.id}`, users.officerB)).status).toBe(404);
    expect((await get(`/api/cases/${c.id}`, caseUsers.reporterWest)).status).toBe(403);
    expect((await get(`/api/cases/${c.id}`, orgUsers.reporterA)).status).toBe(200);
    expect((await get('/api/cases/no-such-case')).status).toBe(404);
  });
});

describe('OpenAPI', () => {
  it('documents every case endpoint', async () => {
    const doc = (await (await ctx.app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    expect(Object.keys(doc.paths['/cases'] ?? {})).toEqual(expect.arrayContaining(['get', 'post']));
    for (const path of [
      '/cases/{id}',
      '/cases/{id}/petitioner',
      '/cases/{id}/events',
      '/district/townships/{townshipId}/cases/{caseId}/notices',
    ]) {
      expect(doc.paths[path], path).toBeDefined();
    }
  });
});
