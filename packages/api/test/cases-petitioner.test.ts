import { AuditLog } from '@xinfang/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseUsers, register } from './cases-fixtures';
import { orgUsers, seedOrgs } from './org-fixtures';
import { createTestContext, users, type TestContext } from './support/test-app';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await seedOrgs(ctx);
});
afterAll(async () => ctx.stop());

const get = async (path: string, user: Parameters<TestContext['as']>[0]) =>
  ctx.app.request(path, { headers: await ctx.as(user) });
const IDENTITY = /张三|13800000000|东村3组/;

describe('petitioner identity', () => {
  it('is shown only to the owning township’s officer and admin, and every read is audited', async () => {
    const c = await register(ctx, users.officerA);
    for (const user of [users.officerA, users.adminA]) {
      const res = await get(`/api/cases/${c.id}/petitioner`, user);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ name: '张三', contact: '13800000000', address: '东村3组' });
    }
    const reads = (await new AuditLog(ctx.store).listForTarget('twn-a', 'case', c.id)).items.filter(
      (e) => e.action === 'petitioner.read',
    );
    expect(reads.map((e) => e.actorId).sort()).toEqual([users.adminA.id, users.officerA.id].sort());
    expect(JSON.stringify(reads)).not.toMatch(IDENTITY);
  });

  it('is refused to district roles, auditors and unit reporters (403), and hidden from other townships (404)', async () => {
    const c = await register(ctx, users.officerA);
    for (const user of [
      users.overseer,
      orgUsers.districtAuditor,
      orgUsers.auditorA,
      orgUsers.reporterA,
      caseUsers.reporterWest,
    ]) {
      expect((await get(`/api/cases/${c.id}/petitioner`, user)).status).toBe(403);
    }
    expect((await get(`/api/cases/${c.id}/petitioner`, users.officerB)).status).toBe(404);
    expect((await ctx.app.request(`/api/cases/${c.id}/petitioner`)).status).toBe(401);
  });

  it('never appears in the list or the detail', async () => {
    const c = await register(ctx, users.officerA);
    const list = await get('/api/cases', users.officerA);
    const detail = await get(`/api/cases/${c.id}`, users.officerA);
    expect(list.status).toBe(200);
    expect(detail.status).toBe(200);
    expect(await list.text()).not.toMatch(IDENTITY);
    expect(await detail.text()).not.toMatch(IDENTITY);
  });

  it('answers 404 for a case registered without one', async () => {
    const c = await register(ctx, users.officerA, { petitioner: undefined });
    expect((await get(`/api/cases/${c.id}/petitioner`, users.officerA)).status).toBe(404);
  });
});
