import { AuditLog } from '@xinfang/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoUser } from '../src/auth/local-issuer';
import { orgUsers, seedOrgs } from './org-fixtures';
import { createTestContext, users, type TestContext } from './support/test-app';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await seedOrgs(ctx);
  const json = { 'content-type': 'application/json' };
  await ctx.app.request('/api/org/units', {
    method: 'POST',
    headers: { ...(await ctx.as(users.adminA)), ...json },
    body: JSON.stringify({ id: 'd-law', name: '司法所', kind: 'department' }),
  });
  await ctx.app.request('/api/org/people', {
    method: 'POST',
    headers: { ...(await ctx.as(users.adminA)), ...json },
    body: JSON.stringify({ id: 'p-law', name: '赵所长', financePaid: true }),
  });
  await ctx.app.request('/api/org/units', {
    method: 'POST',
    headers: { ...(await ctx.as(orgUsers.adminB)), ...json },
    body: JSON.stringify({ id: 'd-b-secret', name: '北镇某办', kind: 'department' }),
  });
  await ctx.app.request('/api/district/townships', {
    method: 'POST',
    headers: { ...(await ctx.as(users.overseer)), ...json },
    body: JSON.stringify({ id: 'twn-c', name: '新镇', population: 1 }),
  });
  const log = new AuditLog(ctx.store);
  for (let i = 0; i < 5; i++) {
    await log.record({
      tenantId: 'twn-a',
      at: `2026-05-0${i + 1}T00:00:00.000Z`,
      id: `old-${i}`,
      actorId: 'u',
      actorRole: 'township_admin',
      action: 'org.unit.update',
      targetType: 'unit',
      targetId: 'o-east',
    });
  }
});
afterAll(async () => ctx.stop());

type Page = { scope: string; items: { action: string; targetId: string; tenantId: string }[]; cursor: string | null };
const get = async (user: DemoUser | null, query: string) =>
  ctx.app.request(`/api/audit${query}`, { headers: user ? await ctx.as(user) : {} });

describe('GET /api/audit', () => {
  it("shows the township admin and the township auditor their own township's log, newest first", async () => {
    for (const user of [users.adminA, orgUsers.auditorA]) {
      const res = await get(user, '');
      expect(res.status).toBe(200);
      const page = (await res.json()) as Page;
      expect(page.scope).toBe('twn-a');
      // Both were written at the same (fixed) test instant, so their order is the ids'.
      expect(page.items.map((e) => `${e.action}:${e.targetId}`).sort()).toEqual([
        'org.person.create:p-law',
        'org.unit.create:d-law',
      ]);
      expect(JSON.stringify(page)).not.toContain('d-b-secret');
    }
  });

  it("shows district callers the district's own log", async () => {
    const page = (await (await get(users.overseer, '?month=2026-06')).json()) as Page;
    expect(page.scope).toBe('district:d1');
    expect(page.items.map((e) => `${e.action}:${e.targetId}`)).toEqual(['tenancy.township.create:twn-c']);
    const auditor = (await (await get(orgUsers.districtAuditor, '')).json()) as Page;
    expect(auditor.items).toHaveLength(1);
  });

  it('queries one target, and pages with the returned cursor', async () => {
    const target = (await (await get(users.adminA, '?targetType=unit&targetId=o-east')).json()) as Page;
    expect(target.items).toHaveLength(5);
    const first = (await (await get(users.adminA, '?month=2026-05&limit=2')).json()) as Page;
    expect(first.items.map((e) => e.targetId)).toEqual(['o-east', 'o-east']);
    expect(first.cursor).toEqual(expect.any(String));
    const second = (await (
      await get(users.adminA, `?month=2026-05&limit=2&cursor=${first.cursor ?? ''}`)
    ).json()) as Page;
    expect(second.items).toHaveLength(2);
  });

  it('refuses bad queries (400 naming the field), other roles (403) and anonymous callers (401)', async () => {
    const badMonth = await get(users.adminA, '?month=2026-6');
    expect(badMonth.status).toBe(400);
    const half = await get(users.adminA, '?targetType=unit');
    expect(half.status).toBe(400);
    expect(await half.json()).toMatchObject({ invalidParams: [{ path: 'query.targetId' }] });
    const junk = await get(users.adminA, '?cursor=not-a-cursor');
    expect(junk.status).toBe(400);
    for (const user of [users.officerA, orgUsers.reporterA]) expect((await get(user, '')).status).toBe(403);
    expect((await get(null, '')).status).toBe(401);
  });

  it("refuses a cursor that points into another township's log", async () => {
    const foreign = Buffer.from(JSON.stringify({ pk: 'T#twn-b#AUDIT#2026-06', sk: 'zzz' })).toString('base64url');
    const res = await get(users.adminA, `?month=2026-06&cursor=${foreign}`);
    expect(res.status).toBe(400);
    expect(await res.text()).not.toContain('d-b-secret');
  });
});
