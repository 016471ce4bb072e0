import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoUser } from '../src/auth/local-issuer';
import { caseUsers, register } from './cases-fixtures';
import { orgUsers, seedOrgs } from './org-fixtures';
import { createTestContext, users, type TestContext } from './support/test-app';

let ctx: TestContext;
let caseId: string;
/** 编号 of the case, copied into reviews and reception days so they name it as officials do. */
let caseNumber: unknown;
beforeAll(async () => {
  ctx = await createTestContext();
  await seedOrgs(ctx);
  const registered = await register(ctx, users.officerA);
  caseId = registered.id;
  caseNumber = registered.number;
});
afterAll(async () => ctx.stop());

const call = async (user: DemoUser | null, method: string, path: string, body?: unknown) =>
  ctx.app.request(`/api/routines${path}`, {
    method,
    headers: {
      ...(user ? await ctx.as(user) : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
const paths = async (res: Response) =>
  ((await res.json()) as { invalidParams?: { path: string }[] }).invalidParams?.map((p) => p.path) ?? [];

const review = (over: Record<string, unknown> = {}) => ({
  occasion: 'national_day',
  eventDate: '2026-10-01',
  meetingDate: '2026-09-20',
  items: [{ caseId, decision: '节前入户走访，落实补偿款', leaderId: 'p-cadre', dueDate: '2026-09-28' }],
  ...over,
});

describe('pre-event case reviews /api/routines/reviews', () => {
  it('records a review with the decision and the leader per case, names copied in, and lists it by year', async () => {
    const res = await call(users.officerA, 'POST', '/reviews', review());
    expect(res.status).toBe(201);
    const saved = (await res.json()) as { id: string; version: number; items: Record<string, unknown>[] };
    expect(saved.version).toBe(1);
    expect(caseNumber).toMatch(/^[a-z]+-2026-\d{3}$/);
    expect(saved.items[0]).toMatchObject({
      caseId,
      caseNumber,
      caseSummary: '征地补偿款未足额发放',
      leaderName: '刘镇长',
      decision: '节前入户走访，落实补偿款',
    });
    expect(JSON.stringify(saved)).not.toContain('张三');
    const list = (await (await call(orgUsers.auditorA, 'GET', '/reviews?year=2026')).json()) as {
      items: { id: string }[];
    };
    expect(list.items.map((r) => r.id)).toEqual([saved.id]);
    expect(
      ((await (await call(users.adminA, 'GET', '/reviews?year=2025')).json()) as { items: unknown[] }).items,
    ).toEqual([]);

    const changed = await call(
      users.adminA,
      'PUT',
      `/reviews/${saved.id}`,
      review({ version: 1, items: [{ caseId, decision: '已化解', leaderId: 'p-cadre' }] }),
    );
    expect(changed.status).toBe(200);
    expect(await changed.json()).toMatchObject({ version: 2, items: [{ decision: '已化解' }] });
    const stale = await call(users.adminA, 'PUT', `/reviews/${saved.id}`, review({ version: 1 }));
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ currentVersion: 2 });
  });

  it('names bad input: a leader who is no leading cadre, an unknown case, an unnamed event, a meeting after the date', async () => {
    const refs = await call(
      users.officerA,
      'POST',
      '/reviews',
      review({ items: [{ caseId: 'nope', decision: '研判', leaderId: 'p-sec' }] }),
    );
    expect(refs.status).toBe(422);
    expect(await paths(refs)).toEqual(['body.items[0].caseId', 'body.items[0].leaderId']);
    const shape = await call(
      users.officerA,
      'POST',
      '/reviews',
      review({ occasion: 'event', meetingDate: '2026-10-02' }),
    );
    expect(shape.status).toBe(400);
    expect((await paths(shape)).sort()).toEqual(['body.eventName', 'body.meetingDate']);
    const twice = await call(
      users.officerA,
      'POST',
      '/reviews',
      review({ items: [review().items[0], review().items[0]] }),
    );
    expect(await paths(twice)).toEqual(['body.items[1].caseId']);
  });

  it('keeps reviews to the township: another township cannot see or name them, a unit reporter cannot read them', async () => {
    const own = (await (await call(users.adminA, 'GET', '/reviews?year=2026')).json()) as { items: { id: string }[] };
    const id = own.items[0]?.id ?? '';
    expect(id).not.toBe('');
    const foreign = (await (await call(orgUsers.adminB, 'GET', '/reviews?year=2026')).json()) as { items: unknown[] };
    expect(foreign.items).toEqual([]);
    expect((await call(orgUsers.adminB, 'PUT', `/reviews/${id}`, review({ version: 2 }))).status).toBe(404);
    // Township B naming township A's case and cadre: both unknown there.
    const crossed = await call(orgUsers.adminB, 'POST', '/reviews', review());
    expect(crossed.status).toBe(422);
    expect(await paths(crossed)).toEqual(['body.items[0].caseId', 'body.items[0].leaderId']);
    expect((await call(orgUsers.reporterA, 'GET', '/reviews')).status).toBe(403);
    expect((await call(users.overseer, 'GET', '/reviews')).status).toBe(403);
    expect((await call(orgUsers.auditorA, 'POST', '/reviews', review())).status).toBe(403);
    expect((await call(null, 'GET', '/reviews')).status).toBe(401);
  });
});

describe("leaders' reception days /api/routines/reception-days", () => {
  it('schedules a day, then records the cases received on it', async () => {
    const res = await call(users.adminA, 'POST', '/reception-days', {
      date: '2026-06-20',
      leaderId: 'p-cadre',
      place: '综治中心信访接待大厅',
    });
    expect(res.status).toBe(201);
    const day = (await res.json()) as { id: string; leaderName: string; cases: unknown[] };
    expect(day).toMatchObject({ leaderName: '刘镇长', cases: [] });
    const received = await call(users.officerA, 'PUT', `/reception-days/${day.id}`, {
      date: '2026-06-20',
      leaderId: 'p-cadre',
      place: '综治中心信访接待大厅',
      caseIds: [caseId],
      version: 1,
    });
    expect(received.status).toBe(200);
    expect(await received.json()).toMatchObject({
      version: 2,
      cases: [{ caseId, caseNumber, caseSummary: '征地补偿款未足额发放' }],
    });
    const list = (await (await call(orgUsers.auditorA, 'GET', '/reception-days?year=2026')).json()) as {
      items: { id: string }[];
    };
    expect(list.items.map((d) => d.id)).toEqual([day.id]);
    const moved = await call(users.adminA, 'PUT', `/reception-days/${day.id}`, {
      date: '2026-06-21',
      leaderId: 'p-cadre',
      place: '大厅',
      version: 2,
    });
    expect(moved.status).toBe(400);
    expect(await paths(moved)).toEqual(['body.date']);
  });

  it('refuses a place left empty, a year out of range, another township and roles that do not keep the schedule', async () => {
    const empty = await call(users.adminA, 'POST', '/reception-days', {
      date: '2026-06-20',
      leaderId: 'p-cadre',
      place: ' ',
    });
    expect(await paths(empty)).toEqual(['body.place']);
    expect(await paths(await call(users.adminA, 'GET', '/reception-days?year=1999'))).toEqual(['query.year']);
    const crossed = await call(orgUsers.adminB, 'POST', '/reception-days', {
      date: '2026-06-20',
      leaderId: 'p-cadre',
      place: '大厅',
      caseIds: [caseId],
    });
    expect(crossed.status).toBe(422);
    expect(await paths(crossed)).toEqual(['body.caseIds[0]', 'body.leaderId']);
    expect(
      ((await (await call(orgUsers.adminB, 'GET', '/reception-days?year=2026')).json()) as { items: unknown[] }).items,
    ).toEqual([]);
    expect((await call(caseUsers.reporterWest, 'GET', '/reception-days')).status).toBe(403);
    expect(
      (
        await call(orgUsers.auditorA, 'POST', '/reception-days', {
          date: '2026-06-20',
          leaderId: 'p-cadre',
          place: '大厅',
        })
      ).status,
    ).toBe(403);
  });
});
