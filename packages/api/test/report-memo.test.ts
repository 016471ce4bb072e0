import { defaultRuleSet } from '@xinfang/domain';
import {
  attachStatisticsProjector,
  CaseRepository,
  OrgRepository,
  RulesRepository,
  StatisticsRepository,
  TenancyRepository,
} from '@xinfang/store';
import { describe, expect, it } from 'vitest';
import type { DemoUser } from '../src/auth/local-issuer';
import { ComparisonSchema } from '../src/routes/district/comparison-schemas';
import { MonthlyReportSchema } from '../src/routes/reports/report-schemas';
import { json, people } from './rules-ledger-fixtures';
import { useSeededTownship } from './support/seeded-township';

// The monthly report and the district comparison serve a body kept per process until a version moves. Each write a
// user makes that changes what they show must be seen by the very next read, never by one five minutes later.
const ctx = useSeededTownship(async (t) => {
  await new StatisticsRepository(t.store).rebuildStatistics('twn-a', 'd1');
  // From here on the statistics follow every case write, as `xinfang start` and the stream do.
  attachStatisticsProjector(t.store);
});

const get = async (path: string, user: DemoUser) => {
  const res = await ctx.app.request(path, { headers: await ctx.as(user) });
  expect(res.status).toBe(200);
  return (await res.json()) as unknown;
};
const march = async () => MonthlyReportSchema.parse(await get('/api/reports/monthly?month=2026-03', people.officer));
const comparison = async () =>
  ComparisonSchema.parse(await get('/api/district/comparison?from=2026-01&to=2026-06', people.overseer));
const twnA = async () => (await comparison()).townships.find((t) => t.townshipId === 'twn-a');

describe('reports and the comparison kept between reads', () => {
  it('show a new case, an evaluation, an org edit, a publish and a new township on the very next read', async () => {
    // Read twice each: the second is served from what the first kept.
    expect((await march()).figures.visits.total).toBe(3);
    expect((await march()).figures.visits.total).toBe(3);
    expect((await twnA())?.visits.total).toBe(3);
    expect((await twnA())?.visits.total).toBe(3);

    // A new case with a visit in March.
    await new CaseRepository(ctx.store).register({
      tenantId: 'twn-a',
      districtId: 'd1',
      caseId: 'c-new',
      registered: {
        kind: 'registered',
        on: '2026-03-20',
        caseType: 'appeal',
        category: '土地',
        summary: '新的纠纷',
        originUnitId: 'dep1',
        responsibleUnitIds: ['dep1'],
      },
      firstVisit: {
        kind: 'visit',
        on: '2026-03-20',
        visitId: 'new-1',
        channel: 'visit',
        level: 'township',
        form: 'individual',
        headcount: 1,
      },
      petitioner: { name: '来访人乙', contact: '13900002222' },
      recordedAt: '2026-06-01T00:00:00Z',
    });
    expect((await march()).figures.visits.total).toBe(4);
    expect((await twnA())?.visits.total).toBe(4);

    // An evaluation of March: the fines of c-v1's repeat visits.
    expect((await march()).figures.fines.totalFen).toBe(0);
    const admin = await ctx.as(people.admin);
    const evaluated = await ctx.app.request(
      '/api/ledger/evaluations',
      json(admin, { from: '2026-03-01', to: '2026-03-31' }),
    );
    expect(evaluated.status).toBe(200);
    expect((await march()).figures.fines.totalFen).toBeGreaterThan(0);
    expect((await twnA())?.money.finesFen).toBe((await march()).figures.fines.totalFen);

    // An org edit: the village renamed.
    const orgs = new OrgRepository(ctx.store);
    const unit = await orgs.get('twn-a', 'unit', 'v1');
    if (!unit) throw new Error('no unit v1');
    const { version, ...record } = unit;
    expect((await march()).figures.byUnit.map((u) => u.name)).toContain('东村');
    await orgs.update('twn-a', 'unit', { ...record, name: '新名村' }, version, '2026-06-01T00:00:00Z');
    expect((await march()).figures.byUnit.map((u) => u.name)).toContain('新名村');

    // A publish: a version in force from 2026-01-01 aiming for visits down 50 %.
    expect((await march()).kpis.vsTarget.visitChangeTarget).toBe(-0.3);
    const rules = defaultRuleSet({ id: 'v2026', effectiveFrom: '2026-01-01' });
    await new RulesRepository(ctx.store).saveInitialRules('twn-a', {
      ...rules,
      targets: { ...rules.targets, visitReductionPct: 50 },
    });
    expect((await march()).kpis.vsTarget.visitChangeTarget).toBe(-0.5);

    // A township onboarded in the district.
    expect((await comparison()).townships.map((t) => t.townshipId)).toEqual(['twn-a', 'twn-b']);
    await new TenancyRepository(ctx.store).createTownship(
      { id: 'twn-c', name: '南山镇', districtId: 'd1', population: 5000 },
      '2026-06-01T00:00:00Z',
    );
    expect((await comparison()).townships.map((t) => t.townshipId)).toEqual(['twn-a', 'twn-b', 'twn-c']);
  }, 120_000);
});
