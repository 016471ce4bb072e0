import { defaultRuleSet, DeadlineSettings } from '@xinfang/domain';
import { RulesRepository } from '@xinfang/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoUser } from '../src/auth/local-issuer';
import { act, register } from './cases-fixtures';
import { seedOrgs } from './org-fixtures';
import { createTestContext, users, type TestContext } from './support/test-app';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await seedOrgs(ctx);
  const rules = new RulesRepository(ctx.store);
  // Township A resolves within 30 days of acceptance; township B keeps the national 60.
  await rules.saveInitialRules('twn-a', {
    ...defaultRuleSet({ id: 'a2020', effectiveFrom: '2020-01-01' }),
    deadlines: DeadlineSettings.parse({ resolutionDays: 30 }),
  });
  await rules.saveInitialRules('twn-b', defaultRuleSet({ id: 'b2020', effectiveFrom: '2020-01-01' }));
});
afterAll(async () => ctx.stop());

interface Detail {
  case: { id: string; overdue: boolean; resolutionDeadline: string };
  deadline: { kind: string; label: string };
}
const get = async <T>(path: string, user: DemoUser) =>
  (await ctx.app.request(path, { headers: await ctx.as(user) })).json() as Promise<T>;

/** Registered 2026-04-20 and accepted the next day; today (FIXED_NOW) is 2026-06-15, 55 days later. */
async function acceptedCase(user: DemoUser, unit: string): Promise<string> {
  const summary = await register(ctx, user, {
    registeredOn: '2026-04-20',
    originUnitId: unit,
    responsibleUnitIds: [unit],
  });
  const res = await act(ctx, user, summary.id, { kind: 'accept', expectedSeq: summary.lastSeq, on: '2026-04-21' });
  if (res.status !== 201) throw new Error(`accept failed: ${res.status} ${await res.text()}`);
  return summary.id;
}

describe('case deadlines from the township rule set', () => {
  it("shows a case overdue after the township's 30 days, where a default township's case is still on track", async () => {
    const short = await acceptedCase(users.officerA, 'v-east');
    const national = await acceptedCase(users.officerB, 'o-b');

    const a = await get<Detail>(`/api/cases/${short}`, users.officerA);
    expect(a.case).toMatchObject({ overdue: true, resolutionDeadline: '2026-05-21' });
    expect(a.deadline.kind).toBe('overdue');
    const b = await get<Detail>(`/api/cases/${national}`, users.officerB);
    expect(b.case).toMatchObject({ overdue: false, resolutionDeadline: '2026-06-20' });
    expect(b.deadline.kind).not.toBe('overdue');

    const overdueA = await get<{ items: { id: string; overdue: boolean }[] }>(
      '/api/cases?overdue=true',
      users.officerA,
    );
    expect(overdueA.items.map((i) => i.id)).toContain(short);
    const listB = await get<{ items: { id: string; overdue: boolean }[] }>('/api/cases', users.officerB);
    expect(listB.items.find((i) => i.id === national)?.overdue).toBe(false);
    expect((await get<{ items: unknown[] }>('/api/cases?overdue=true', users.officerB)).items).toEqual([]);
  });

  it('keeps a running case on the deadlines it was registered under when new rules are published', async () => {
    const running = await acceptedCase(users.officerB, 'o-b');
    // Township B shortens its deadline from 2026-05-01: the case registered in April keeps its 60 days.
    const shorter = {
      ...defaultRuleSet({ id: 'b2026', effectiveFrom: '2026-05-01' }),
      deadlines: DeadlineSettings.parse({ resolutionDays: 30 }),
    };
    await new RulesRepository(ctx.store).putVersion({
      tenantId: 'twn-b',
      versionId: 'b2026',
      effectiveFrom: '2026-05-01',
      ruleSet: shorter,
      publishedAt: '2026-05-01T00:00:00Z',
      publishedBy: 'u-admin-b',
    });
    const detail = await get<Detail>(`/api/cases/${running}`, users.officerB);
    expect(detail.case).toMatchObject({ overdue: false, resolutionDeadline: '2026-06-20' });

    const fresh = await register(ctx, users.officerB, {
      registeredOn: '2026-05-04',
      originUnitId: 'o-b',
      responsibleUnitIds: ['o-b'],
    });
    await act(ctx, users.officerB, fresh.id, { kind: 'accept', expectedSeq: fresh.lastSeq, on: '2026-05-05' });
    expect((await get<Detail>(`/api/cases/${fresh.id}`, users.officerB)).case).toMatchObject({
      overdue: true,
      resolutionDeadline: '2026-06-04',
    });
  });
});
