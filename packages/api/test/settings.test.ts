import { AuditLog } from '@xinfang/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoUser } from '../src/auth/local-issuer';
import { createTestContext, users, type TestContext } from './support/test-app';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.stop());

const auditorA = {
  id: 'u-aud-a',
  name: '周审计',
  role: 'auditor',
  districtId: 'd1',
  tenantId: 'twn-a',
} satisfies DemoUser;
const adminB = {
  id: 'u-admin-b',
  name: '钱管理',
  role: 'township_admin',
  districtId: 'd1',
  tenantId: 'twn-b',
} satisfies DemoUser;

const send = async (method: string, path: string, user: DemoUser, body?: unknown) =>
  ctx.app.request(path, {
    method,
    headers: { ...(await ctx.as(user)), 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
const read = async <T>(res: Response): Promise<T> => (await res.json()) as T;

interface Override {
  date: string;
  working: boolean;
  name?: string;
}
interface Year {
  year: number;
  officiallyKnown: boolean;
  overrides: Override[];
  warning?: string;
}
interface Honour {
  year: number;
  level: string | null;
  levelLabel: string;
  version: number;
}

describe('calendar overrides', () => {
  it('warns in Chinese about a year the official calendar does not know until the admin enters it', async () => {
    const unknown = await read<Year>(await send('GET', '/api/calendar/year/2027', users.officerA));
    expect(unknown).toMatchObject({ year: 2027, officiallyKnown: false, overrides: [] });
    expect(unknown.warning).toContain('2027年');
    const known = await read<Year>(await send('GET', '/api/calendar/year/2026', users.officerA));
    expect(known.officiallyKnown).toBe(true);
    expect(known.warning).toBeUndefined();

    const put = await send('PUT', '/api/calendar/overrides/2027-10-01', users.adminA, {
      working: false,
      name: '国庆节',
    });
    expect(put.status).toBe(200);
    expect(await put.json()).toMatchObject({
      date: '2027-10-01',
      working: false,
      name: '国庆节',
      updatedBy: users.adminA.id,
    });
    await send('PUT', '/api/calendar/overrides/2027-09-26', users.adminA, { working: true, name: '国庆调休' });
    await send('PUT', '/api/calendar/overrides/2028-01-01', users.adminA, { working: false, name: '元旦' });

    const after = await read<Year>(await send('GET', '/api/calendar/year/2027', auditorA));
    expect(after.officiallyKnown).toBe(false);
    expect(after.warning).toBeUndefined();
    expect(after.overrides.map((o) => [o.date, o.working, o.name])).toEqual([
      ['2027-09-26', true, '国庆调休'],
      ['2027-10-01', false, '国庆节'],
    ]);
    const list = await read<{ items: Override[] }>(
      await send('GET', '/api/calendar/overrides?year=2028', users.officerA),
    );
    expect(list.items.map((o) => o.date)).toEqual(['2028-01-01']);
    expect(
      (await read<{ items: Override[] }>(await send('GET', '/api/calendar/overrides', users.officerA))).items,
    ).toHaveLength(3);
    // Another township has its own calendar.
    expect((await read<{ items: Override[] }>(await send('GET', '/api/calendar/overrides', adminB))).items).toEqual([]);
  });

  it('replaces and deletes an entry, each change audited', async () => {
    await send('PUT', '/api/calendar/overrides/2027-10-02', users.adminA, { working: false, name: '国庆' });
    const replaced = await send('PUT', '/api/calendar/overrides/2027-10-02', users.adminA, {
      working: false,
      name: '国庆节',
    });
    expect(await replaced.json()).toMatchObject({ name: '国庆节' });
    expect((await send('DELETE', '/api/calendar/overrides/2027-10-02', users.adminA)).status).toBe(204);
    const again = await send('DELETE', '/api/calendar/overrides/2027-10-02', users.adminA);
    expect(again.status).toBe(404);
    expect(again.headers.get('content-type')).toContain('application/problem+json');
    const trail = await new AuditLog(ctx.store).listForTarget('twn-a', 'calendar_override', '2027-10-02');
    // One clock in tests: entries of the same instant come in any order.
    expect(trail.items.map((e) => e.action).sort()).toEqual([
      'calendar.override.delete',
      'calendar.override.put',
      'calendar.override.put',
    ]);
    expect(trail.items.map((e) => e.details)).toContainEqual({
      working: false,
      name: '国庆节',
      previous: { working: false, name: '国庆' },
    });
  });

  it('refuses bad input with the field, other roles and missing tokens', async () => {
    const bad = await send('PUT', '/api/calendar/overrides/2027-10-01', users.adminA, { working: 'yes', name: '' });
    expect(bad.status).toBe(400);
    const paths = (await read<{ invalidParams: { path: string }[] }>(bad)).invalidParams.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['body.working', 'body.name']));
    const badDate = await send('PUT', '/api/calendar/overrides/2027-02-30', users.adminA, {
      working: false,
      name: '假日',
    });
    expect(await read(badDate)).toMatchObject({ status: 400, invalidParams: [{ path: 'path.date' }] });
    expect(await read(await send('GET', '/api/calendar/overrides?year=27', users.adminA))).toMatchObject({
      invalidParams: [{ path: 'query.year' }],
    });
    expect(await read(await send('GET', '/api/calendar/year/1999', users.adminA))).toMatchObject({
      invalidParams: [{ path: 'path.year' }],
    });

    expect(
      (await send('PUT', '/api/calendar/overrides/2027-10-01', users.officerA, { working: false, name: '国庆节' }))
        .status,
    ).toBe(403);
    expect((await send('DELETE', '/api/calendar/overrides/2027-10-01', auditorA)).status).toBe(403);
    expect((await send('GET', '/api/calendar/year/2027', users.overseer)).status).toBe(403);
    expect((await ctx.app.request('/api/calendar/year/2027')).status).toBe(401);
    // An admin of another township cannot remove this township's entry: its lookup is keyed by its own tenant.
    expect((await send('DELETE', '/api/calendar/overrides/2027-10-01', adminB)).status).toBe(404);
  });
});

describe('model-township honours', () => {
  it("records a year's title conditionally on the version read, audited", async () => {
    expect(await read(await send('GET', '/api/township/honours', users.officerA))).toEqual({ items: [] });
    const first = await send('PUT', '/api/township/honours/2025', users.adminA, { level: 'district', version: 0 });
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ year: 2025, level: 'district', levelLabel: '区级模范乡镇', version: 1 });

    const stale = await send('PUT', '/api/township/honours/2025', users.adminA, { level: 'city', version: 0 });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ currentVersion: 1, code: 'version_conflict' });

    const city = await read<Honour>(
      await send('PUT', '/api/township/honours/2025', users.adminA, { level: 'city', version: 1 }),
    );
    expect(city).toMatchObject({ level: 'city', levelLabel: '市级模范乡镇', version: 2 });
    const withdrawn = await read<Honour>(
      await send('PUT', '/api/township/honours/2024', users.adminA, { level: null, version: 0 }),
    );
    expect(withdrawn).toMatchObject({ level: null, levelLabel: '未获评' });

    const list = await read<{ items: Honour[] }>(await send('GET', '/api/township/honours', auditorA));
    expect(list.items.map((h) => [h.year, h.level, h.version])).toEqual([
      [2024, null, 1],
      [2025, 'city', 2],
    ]);
    expect((await read<{ items: Honour[] }>(await send('GET', '/api/township/honours', adminB))).items).toEqual([]);
    const trail = await new AuditLog(ctx.store).listForTarget('twn-a', 'township_honour', '2025');
    expect(trail.items.map((e) => e.details)).toEqual(
      expect.arrayContaining([
        { level: 'city', version: 2 },
        { level: 'district', version: 1 },
      ]),
    );
    expect(trail.items).toHaveLength(2);
  });

  it('refuses bad input with the field, other roles and missing tokens', async () => {
    const bad = await send('PUT', '/api/township/honours/2025', users.adminA, { level: 'province', version: -1 });
    expect(bad.status).toBe(400);
    const paths = (await read<{ invalidParams: { path: string }[] }>(bad)).invalidParams.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['body.level', 'body.version']));
    expect(
      await read(await send('PUT', '/api/township/honours/20x5', users.adminA, { level: 'city', version: 0 })),
    ).toMatchObject({ invalidParams: [{ path: 'path.year' }] });
    expect(
      (await send('PUT', '/api/township/honours/2025', users.officerA, { level: 'city', version: 2 })).status,
    ).toBe(403);
    expect((await send('GET', '/api/township/honours', users.overseer)).status).toBe(403);
    expect((await ctx.app.request('/api/township/honours')).status).toBe(401);
  });
});
