import { AuditLog } from '@xinfang/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoUser } from '../src/auth/local-issuer';
import { register } from './cases-fixtures';
import { seedOrgs } from './org-fixtures';
import { createTestContext, users, type TestContext } from './support/test-app';

// Forged pagination cursors: each must be refused as the client's mistake (400 naming query.cursor), never reach
// DynamoDB as a key it rejects (a 500), and never page through anything but the caller's own list.

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await seedOrgs(ctx);
  for (const day of ['2026-06-01', '2026-06-02', '2026-06-03'])
    await register(ctx, users.officerA, { registeredOn: day, category: '游标测试' });
  // Three entries about one unit this month, so both audit listings (by month, by target) have a second page.
  const log = new AuditLog(ctx.store);
  for (const i of [1, 2, 3]) {
    await log.record({
      tenantId: 'twn-a',
      at: `2026-06-0${i}T00:00:00.000Z`,
      id: `e-${i}`,
      actorId: 'u',
      actorRole: 'township_admin',
      action: 'org.unit.update',
      targetType: 'unit',
      targetId: 'v-east',
    });
  }
});
afterAll(async () => ctx.stop());

const get = async (path: string, user: DemoUser = users.adminA) =>
  ctx.app.request(path, { headers: await ctx.as(user) });
const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const decode = (cursor: string): Record<string, string> =>
  JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Record<string, string>;

async function refused(path: string) {
  const res = await get(path);
  return {
    path,
    status: res.status,
    type: res.headers.get('content-type'),
    body: (await res.json()) as { invalidParams?: { path: string }[] },
  };
}

describe('GET /api/cases with a forged cursor', () => {
  it('pages with its own cursor, and answers 400 naming query.cursor for every forgery', async () => {
    const first = (await (await get('/api/cases?limit=1')).json()) as { cursor?: string };
    const real = decode(first.cursor ?? '');
    expect(real.gsi2pk).toBe('T#twn-a#CASES');
    expect((await get(`/api/cases?limit=1&cursor=${first.cursor ?? ''}`)).status).toBe(200);

    const forgeries = {
      sortKeyOutsideTheRange: { ...real, gsi2sk: 'zzzz' },
      emptyBaseKey: { ...real, pk: '' },
      emptySortKey: { ...real, gsi2sk: '' },
      anotherTenantsCase: { ...real, pk: real.pk?.replace('twn-a', 'twn-b') },
      anotherCasesKeys: { ...real, pk: 'T#twn-a#CASE#not-this-one' },
      extraKey: { ...real, gsi1pk: 'T#twn-b#EVENTS#2026' },
    };
    for (const [name, forged] of Object.entries(forgeries)) {
      const r = await refused(`/api/cases?limit=1&cursor=${encode(forged)}`);
      expect({ name, status: r.status, type: r.type, param: r.body.invalidParams?.[0]?.path }).toEqual({
        name,
        status: 400,
        type: 'application/problem+json',
        param: 'query.cursor',
      });
    }
    // A cursor past the end of a narrower date range is refused too, rather than read outside it.
    const r = await refused(`/api/cases?registeredTo=2026-06-02&cursor=${first.cursor ?? ''}`);
    expect(r.status).toBe(400);
  });
});

describe('GET /api/audit with a forged cursor', () => {
  it('pages by month and by target with its own cursors, and answers 400 naming query.cursor for every forgery', async () => {
    const byMonth = (await (await get('/api/audit?month=2026-06&limit=1')).json()) as { cursor: string | null };
    const byTarget = (await (await get('/api/audit?targetType=unit&targetId=v-east&limit=1')).json()) as {
      cursor: string | null;
    };
    expect((await get(`/api/audit?month=2026-06&limit=1&cursor=${byMonth.cursor ?? ''}`)).status).toBe(200);
    expect(
      (await get(`/api/audit?targetType=unit&targetId=v-east&limit=1&cursor=${byTarget.cursor ?? ''}`)).status,
    ).toBe(200);
    const month = decode(byMonth.cursor ?? '');
    const target = decode(byTarget.cursor ?? '');
    expect(target.gsi1pk).toBe('T#twn-a#AUDIT#unit#v-east');

    const monthForgeries = {
      anotherMonth: { ...month, pk: 'T#twn-a#AUDIT#2026-05' },
      anotherTownship: { ...month, pk: 'T#twn-b#AUDIT#2026-06' },
      noSortKey: { pk: month.pk },
      emptySortKey: { ...month, sk: '' },
      junkSortKey: { ...month, sk: 'zzz' },
      withIndexKeys: { ...month, gsi1pk: 'T#twn-a#AUDIT#unit#x', gsi1sk: 'zzz' },
      theTargetCursor: target,
    };
    const targetForgeries = {
      anotherTarget: { ...target, gsi1pk: 'T#twn-a#AUDIT#unit#v-west' },
      anotherMonthsEntry: { ...target, pk: 'T#twn-a#AUDIT#2026-05' },
      noIndexSortKey: { pk: target.pk, sk: target.sk, gsi1pk: target.gsi1pk },
      emptySortKey: { ...target, sk: '', gsi1sk: '' },
      theMonthCursor: month,
    };
    const cases = [
      ...Object.entries(monthForgeries).map(([name, key]) => ({
        name: `month ${name}`,
        path: `/api/audit?month=2026-06&limit=1&cursor=${encode(key)}`,
      })),
      ...Object.entries(targetForgeries).map(([name, key]) => ({
        name: `target ${name}`,
        path: `/api/audit?targetType=unit&targetId=v-east&limit=1&cursor=${encode(key)}`,
      })),
    ];
    for (const { name, path } of cases) {
      const r = await refused(path);
      expect({ name, status: r.status, type: r.type, param: r.body.invalidParams?.[0]?.path }).toEqual({
        name,
        status: 400,
        type: 'application/problem+json',
        param: 'query.cursor',
      });
    }
  });
});
