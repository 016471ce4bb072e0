import { AuditLog } from '@xinfang/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseUsers, jsonInit, register } from './cases-fixtures';
import { seedOrgs } from './org-fixtures';
import { createTestContext, users, type TestContext } from './support/test-app';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await seedOrgs(ctx);
});
afterAll(async () => ctx.stop());

const notice = async (
  township: string,
  caseId: string,
  body: unknown,
  user: Parameters<TestContext['as']>[0] = users.overseer,
) => ctx.app.request(`/api/district/townships/${township}/cases/${caseId}/notices`, jsonInit(await ctx.as(user), body));

async function caseWithDistrictVisit() {
  const c = await register(ctx, users.officerA, {
    firstVisit: { channel: 'visit', level: 'district', form: 'individual', headcount: 1 },
  });
  return { id: c.id, visitId: `${c.id}-v1` };
}

describe('POST /api/district/townships/{townshipId}/cases/{caseId}/notices', () => {
  it('appends a district notice to the township’s case and audits it on the township’s log', async () => {
    const c = await caseWithDistrictVisit();
    const res = await notice('twn-a', c.id, {
      visitId: c.visitId,
      level: 'district',
      on: '2026-06-05',
      reason: 'repeat',
      note: '区信访局第12期通报',
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ seq: 3, case: { id: c.id, lastSeq: 3 } });
    const detail = (await (
      await ctx.app.request(`/api/cases/${c.id}`, { headers: await ctx.as(users.officerA) })
    ).json()) as { timeline: { label: string }[] };
    // Named by the visit's date, never by its id.
    expect(detail.timeline.at(-1)?.label).toBe('到区通报（2026-06-01的来访）：重复信访未化解');
    const trail = await new AuditLog(ctx.store).listForTarget('twn-a', 'case', c.id);
    expect(trail.items.map((e) => e.action)).toContain('case.notice');
  });

  it('answers 404 for a township outside the caller’s district or an unknown case', async () => {
    const c = await caseWithDistrictVisit();
    expect(
      (
        await notice(
          'twn-a',
          c.id,
          { visitId: c.visitId, level: 'district', reason: 'escalation' },
          caseUsers.overseer2,
        )
      ).status,
    ).toBe(404);
    expect((await notice('twn-z', c.id, { visitId: c.visitId, level: 'district', reason: 'escalation' })).status).toBe(
      404,
    );
    expect((await notice('twn-b', c.id, { visitId: c.visitId, level: 'district', reason: 'escalation' })).status).toBe(
      404,
    );
  });

  it('refuses township roles (403), anonymous callers (401), bad bodies (400) and unknown visits (422)', async () => {
    const c = await caseWithDistrictVisit();
    expect(
      (await notice('twn-a', c.id, { visitId: c.visitId, level: 'district', reason: 'escalation' }, users.officerA))
        .status,
    ).toBe(403);
    expect(
      (await ctx.app.request(`/api/district/townships/twn-a/cases/${c.id}/notices`, { method: 'POST', body: '{}' }))
        .status,
    ).toBe(401);
    const bad = await notice('twn-a', c.id, { visitId: c.visitId, level: 'township', reason: 'escalation' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ invalidParams: [{ path: 'body.level' }] });
    const unknown = await notice('twn-a', c.id, { visitId: 'no-such-visit', level: 'district', reason: 'escalation' });
    expect(await unknown.json()).toMatchObject({ status: 422, code: 'unknown_visit' });
  });
});
