import type { CaseRecord } from '@xinfang/domain';
import { importCases, StatisticsRepository } from '@xinfang/store';
import { describe, expect, it } from 'vitest';
import type { DemoUser } from '../src/auth/local-issuer';
import { ComparisonSchema } from '../src/routes/district/comparison-schemas';
import { json, people } from './rules-ledger-fixtures';
import { useSeededTownship } from './support/seeded-township';

/** A case of `townshipId` registered, accepted and visited on `on`, resolved on `resolvedOn` with feedback. */
function resolvedCase(
  townshipId: string,
  id: string,
  on: string,
  resolvedOn: string,
  result: 'satisfied' | 'unsatisfied',
): CaseRecord {
  return {
    id,
    townshipId,
    events: [
      {
        seq: 1,
        on,
        kind: 'registered',
        caseType: 'appeal',
        category: '土地',
        summary: '纠纷',
        originUnitId: 'v1',
        responsibleUnitIds: ['v1'],
      },
      {
        seq: 2,
        on,
        kind: 'visit',
        visitId: `${id}-v`,
        channel: 'visit',
        level: 'city',
        form: 'individual',
        headcount: 2,
      },
      { seq: 3, on, kind: 'accepted' },
      { seq: 4, on: resolvedOn, kind: 'resolved' },
      { seq: 5, on: resolvedOn, kind: 'status', to: 'routed' },
      { seq: 6, on: resolvedOn, kind: 'status', to: 'assigned' },
      { seq: 7, on: resolvedOn, kind: 'status', to: 'closed' },
      { seq: 8, on: resolvedOn, kind: 'satisfaction', result },
    ],
  };
}

const ctx = useSeededTownship(async (t) => {
  // twn-a: two cases resolved on time in April 2026 (one satisfied), one visit in April 2025. twn-b: one case.
  const records = [
    resolvedCase('twn-a', 'a-1', '2026-04-01', '2026-04-20', 'satisfied'),
    resolvedCase('twn-a', 'a-2', '2026-04-02', '2026-04-21', 'unsatisfied'),
    resolvedCase('twn-a', 'a-0', '2025-04-02', '2025-04-21', 'satisfied'),
    resolvedCase('twn-b', 'b-1', '2026-04-03', '2026-04-22', 'satisfied'),
  ];
  await importCases(
    t.store,
    { districtId: 'd1', recordedAt: '2026-06-01T00:00:00Z' },
    records.map((record) => ({ record })),
  );
  await new StatisticsRepository(t.store).rebuildStatistics('twn-a', 'd1');
  await new StatisticsRepository(t.store).rebuildStatistics('twn-b', 'd1');
  const admin = await t.as(people.admin);
  expect(
    (await t.app.request('/api/ledger/evaluations', json(admin, { from: '2026-01-01', to: '2026-06-14' }))).status,
  ).toBe(200);
});

const get = async (path: string, user: DemoUser = people.overseer) =>
  ctx.app.request(path, { headers: await ctx.as(user) });

describe('GET /api/district/comparison', () => {
  it('compares townships on resolution quality first and leaves out those with too few cases, saying why', async () => {
    const res = await get('/api/district/comparison?from=2026-01&to=2026-06&minCases=2');
    expect(res.status).toBe(200);
    const body = ComparisonSchema.parse(await res.json());
    const a = body.townships.find((t) => t.townshipId === 'twn-a');
    expect(a).toMatchObject({
      name: '西发镇',
      cases: { registered: 3, accepted: 3, resolved: 2 },
      visits: {
        total: 5,
        byLevel: { township: 3, city: 2 },
        vsPreviousYear: { current: 5, previous: 1, change: 4 },
        target: { reductionPct: 30, targetVisits: 0, met: false },
      },
      escalation: { numerator: 2, denominator: 5 },
      onTimeAcceptance: { value: 1, numerator: 3, denominator: 3 },
      onTimeResolution: { value: 1, numerator: 2, denominator: 2 },
      satisfaction: { value: 0.5, numerator: 1, denominator: 2 },
    });
    // The seeded village case's March visits were fined (1b); the evaluation's money shows, per 10,000 residents too.
    expect(a?.money.finesFen).toBeGreaterThan(0);
    expect(a?.perTenThousand.visits).toBe(5 / 2);
    expect(body.rankings.order[0]).toBe('onTimeResolution');
    expect(body.rankings.ranked.map((r) => [r.rank, r.townshipId])).toEqual([[1, 'twn-a']]);
    expect(body.rankings.excluded).toEqual([
      { townshipId: 'twn-b', name: '东岭镇', casesResolved: 1, reason: expect.stringContaining('少于2件') },
    ]);
    expect(JSON.stringify(body)).not.toContain('上访人甲');
  });

  it('gives the months one by one with by=month', async () => {
    const body = ComparisonSchema.parse(
      await (await get('/api/district/comparison?from=2026-03&to=2026-04&by=month')).json(),
    );
    expect(body.months?.map((m) => m.month)).toEqual(['2026-03', '2026-04']);
    expect(body.months?.[1]?.townships.find((t) => t.townshipId === 'twn-a')).toMatchObject({
      visits: 2,
      onTimeResolution: { value: 1 },
    });
    // The default minimum is 10 resolved cases: nobody here is ranked, everyone is listed with the reason.
    expect(body.rankings.ranked).toEqual([]);
    expect(body.rankings.excluded.map((e) => e.townshipId)).toEqual(['twn-a', 'twn-b']);
  });

  it('names the bad field (400) and refuses township users (403)', async () => {
    const reversed = await get('/api/district/comparison?from=2026-06&to=2026-01');
    expect(reversed.status).toBe(400);
    expect(await reversed.json()).toMatchObject({ invalidParams: [{ path: 'query.from' }] });
    const badMonth = await get('/api/district/comparison?to=2026-13');
    expect(await badMonth.json()).toMatchObject({ status: 400, invalidParams: [{ path: 'query.to' }] });
    expect((await get('/api/district/comparison', people.admin)).status).toBe(403);
    const other = ComparisonSchema.parse(await (await get('/api/district/comparison', people.otherOverseer)).json());
    expect(other.townships).toEqual([]);
  });
});
