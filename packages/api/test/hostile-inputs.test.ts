import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoUser } from '../src/auth/local-issuer';
import { act, register, registration } from './cases-fixtures';
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
  ctx.app.request(path, {
    method,
    headers: { ...(await ctx.as(user)), 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

async function problemOf(res: Response) {
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    params: ((await res.json()) as { invalidParams?: { path: string }[] }).invalidParams?.map((p) => p.path),
  };
}

describe('a ledger period that is no period', () => {
  it('is refused 400 naming the period (not 404 "not evaluated yet") when a date does not exist or the range is reversed, or its notice predates it', async () => {
    for (const period of ['2026-02-30_2026-03-31', '2026-01-01_2026-13-01', '2026-12-31_2026-01-01']) {
      for (const path of ['/api/ledger', '/api/ledger/by-person', '/api/ledger/by-unit', '/api/ledger/notices']) {
        expect({ path, period, ...(await problemOf(await send('GET', `${path}?period=${period}`))) }).toEqual({
          path,
          period,
          status: 400,
          type: 'application/problem+json',
          params: ['query.period'],
        });
      }
      const reverse = await send('POST', '/api/ledger/entries/any-entry/reverse', { reason: '录入错误', period });
      expect({ period, ...(await problemOf(reverse)) }).toEqual({
        period,
        status: 400,
        type: 'application/problem+json',
        params: ['body.period'],
      });
    }
    // A penalty notice dated before the period it settles ends.
    const early = await send('POST', '/api/ledger/evaluations', {
      from: '2026-01-01',
      to: '2026-01-31',
      noticeOn: '2025-12-31',
    });
    expect(await problemOf(early)).toEqual({
      status: 400,
      type: 'application/problem+json',
      params: ['body.noticeOn'],
    });
    // A real period that was never evaluated is still 404.
    expect((await send('GET', '/api/ledger?period=2026-01-01_2026-03-31')).status).toBe(404);
  });
});

describe('an Idempotency-Key retried', () => {
  it('replays the first 201 with its Location, and never to another user of the township or on another endpoint', async () => {
    const key = { 'idempotency-key': 'retry-location-1' };
    const post = async (user: DemoUser, path = '/api/cases', body: unknown = registration({ category: '重放测试' })) =>
      ctx.app.request(path, {
        method: 'POST',
        headers: { ...(await ctx.as(user)), 'content-type': 'application/json', ...key },
        body: JSON.stringify(body),
      });
    const first = await post(users.adminA);
    const retry = await post(users.adminA);
    expect(first.status).toBe(201);
    expect({
      status: retry.status,
      replayed: retry.headers.get('idempotency-replayed'),
      location: retry.headers.get('location'),
    }).toEqual({
      status: 201,
      replayed: 'true',
      location: first.headers.get('location'),
    });
    // The first answer without its query code, which is shown once and never stored in clear.
    const { queryCode, ...withoutCode } = (await first.json()) as Record<string, unknown>;
    expect(queryCode).toEqual(expect.any(String));
    expect(await retry.json()).toEqual(withoutCode);
    // Same township, same body, same key, another user: refused, not handed the admin's answer.
    const other = await post(users.officerA);
    expect({ status: other.status, replayed: other.headers.get('idempotency-replayed') }).toEqual({
      status: 422,
      replayed: null,
    });
    expect(await other.text()).not.toContain(first.headers.get('location')?.split('/').pop() ?? '-');
    // The key on another endpoint is another request: refused too.
    expect((await post(users.adminA, '/api/rules/drafts', {})).status).toBe(422);
  });
});

describe('a unit named twice', () => {
  it('is refused 400 naming the repeat, on registration and on a change of responsible units', async () => {
    const res = await send(
      'POST',
      '/api/cases',
      registration({ responsibleUnitIds: ['v-east', 'v-east'] }),
      users.officerA,
    );
    expect(await problemOf(res)).toEqual({
      status: 400,
      type: 'application/problem+json',
      params: ['body.responsibleUnitIds[1]'],
    });
    const c = await register(ctx, users.officerA);
    const change = await act(ctx, users.officerA, c.id, {
      kind: 'units_changed',
      expectedSeq: c.lastSeq,
      responsibleUnitIds: ['v-east', 'v-east'],
    });
    expect(await problemOf(change)).toEqual({
      status: 400,
      type: 'application/problem+json',
      params: ['body.responsibleUnitIds[1]'],
    });
  });
});

describe('a body too large to store', () => {
  it('is refused 400 (the screening ledger naming its items), never a 500 from the store', async () => {
    // ~650 KB: under the body limit, over what one stored item holds.
    const items = Array.from({ length: 500 }, (_, i) => ({
      title: `隐患${i}`.padEnd(200, 'x'),
      kind: 'risk',
      description: 'd'.repeat(1000),
      status: 'open',
    }));
    const screening = await send('POST', '/api/screening/2026-05', { unitId: 'v-east', items });
    expect(await problemOf(screening)).toEqual({
      status: 400,
      type: 'application/problem+json',
      params: ['body.items'],
    });
    // Names without a length limit of their own: the store refuses the item, the client hears 400.
    const unit = await send('POST', '/api/org/units', { id: 'd-huge', name: 'x'.repeat(410_000), kind: 'department' });
    expect({ status: unit.status, type: unit.headers.get('content-type') }).toEqual({
      status: 400,
      type: 'application/problem+json',
    });
    expect((await send('GET', '/api/org/units')).status).toBe(200);
  });
});

describe('a body over a megabyte', () => {
  it('is refused 400 problem+json before it is parsed, whatever the endpoint', async () => {
    const huge = JSON.stringify({ padding: 'x'.repeat(2 * 1024 * 1024) });
    for (const path of ['/api/rules/drafts', '/api/cases', '/api/org/units']) {
      const res = await ctx.app.request(path, {
        method: 'POST',
        headers: { ...(await ctx.as(users.adminA)), 'content-type': 'application/json' },
        body: huge,
      });
      expect({ path, status: res.status, type: res.headers.get('content-type') }).toEqual({
        path,
        status: 400,
        type: 'application/problem+json',
      });
    }
  });
});

describe('a case date a thousand years ago', () => {
  it('is refused 400 naming the date, while an old backlog case (first registered years back) is fine', async () => {
    for (const [over, param] of [
      [{ registeredOn: '1000-01-01' }, 'body.registeredOn'],
      [{ firstRegisteredOn: '0999-12-31' }, 'body.firstRegisteredOn'],
      [
        { firstVisit: { channel: 'visit', level: 'township', form: 'individual', headcount: 1, on: '1026-06-02' } },
        'body.firstVisit.on',
      ],
    ] as const) {
      const res = await send('POST', '/api/cases', registration(over), users.officerA);
      expect({ param, ...(await problemOf(res)) }).toEqual({
        param,
        status: 400,
        type: 'application/problem+json',
        params: [param],
      });
    }
    expect(
      (await send('POST', '/api/cases', registration({ firstRegisteredOn: '2012-03-01' }), users.officerA)).status,
    ).toBe(201);
  });
});

describe('a calendar override outside the years the calendar lists', () => {
  it('is refused 400 naming the date, as the year listing would refuse its year', async () => {
    for (const date of ['2150-01-01', '1999-12-31']) {
      const res = await send('PUT', `/api/calendar/overrides/${date}`, { working: false, name: '假日' });
      expect({ date, ...(await problemOf(res)) }).toEqual({
        date,
        status: 400,
        type: 'application/problem+json',
        params: ['path.date'],
      });
    }
    expect((await send('GET', '/api/calendar/overrides?year=2150')).status).toBe(400);
    expect((await send('PUT', '/api/calendar/overrides/2027-10-01', { working: false, name: '国庆节' })).status).toBe(
      200,
    );
  });
});
