import type { CaseRecord } from '@xinfang/domain';
import type { DemoUser } from '../src/auth/local-issuer';
import {
  bumpOrgVersion,
  bumpSettingsVersion,
  bumpStatisticsVersion,
  importCases,
  recordStoreCalls,
  StatisticsRepository,
} from '@xinfang/store';
import { describe, expect, it } from 'vitest';
import { ComparisonSchema } from '../src/routes/district/comparison-schemas';
import { json, people } from './rules-ledger-fixtures';
import { useSeededTownship } from './support/seeded-township';

let log: ReturnType<typeof recordStoreCalls> | undefined;
const ctx = useSeededTownship(async (t) => {
  log = recordStoreCalls(t.store.client);
});

/** `n` cases of township twn-a from `start`: registered, accepted and visited in March of 2025 and 2026, half resolved. */
function cases(start: number, n: number): CaseRecord[] {
  return Array.from({ length: n }, (_, i) => {
    const k = start + i;
    const year = k % 2 === 0 ? '2026' : '2025';
    const day = String(1 + (k % 27)).padStart(2, '0');
    const on = `${year}-03-${day}`;
    const events: CaseRecord['events'] = [
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
        visitId: `s${k}-1`,
        channel: 'visit',
        level: k % 3 === 0 ? 'district' : 'township',
        form: 'individual',
        headcount: 1,
      },
      { seq: 3, on, kind: 'accepted' },
    ];
    if (k % 2 === 0) events.push({ seq: 4, on: `${year}-03-28`, kind: 'resolved' });
    return { id: `scale-${k}`, townshipId: 'twn-a', events };
  });
}

/** Adds cases, rebuilds the projection, evaluates 2026 to date, and counts the items each read returns. */
async function itemsRead(
  from: number,
  n: number,
): Promise<{
  monthly: number;
  annual: number;
  weekly: number;
  comparison: number;
  districtAnnual: number;
  warm: number[];
  visits: number;
}> {
  await importCases(
    ctx.store,
    { districtId: 'd1', recordedAt: '2026-06-01T00:00:00Z' },
    cases(from, n).map((record) => ({ record })),
  );
  await new StatisticsRepository(ctx.store).rebuildStatistics('twn-a', 'd1');
  const admin = await ctx.as(people.admin);
  expect(
    (await ctx.app.request('/api/ledger/evaluations', json(admin, { from: '2026-01-01', to: '2026-06-14' }))).status,
  ).toBe(200);
  // Each read is counted cold (as after an org edit, a publish and a statistics write: every cache reloads) and warm.
  const count = async (path: string, user: DemoUser = people.officer) => {
    if (!log) throw new Error('no call log');
    await Promise.all([
      bumpOrgVersion(ctx.store, 'twn-a'),
      bumpSettingsVersion(ctx.store, 'twn-a'),
      bumpStatisticsVersion(ctx.store, 'd1', 'twn-a'),
    ]);
    log.clear();
    const res = await ctx.app.request(path, { headers: await ctx.as(user) });
    expect(res.status).toBe(200);
    const body: unknown = await res.json();
    const items = log.items();
    log.clear();
    expect((await ctx.app.request(path, { headers: await ctx.as(user) })).status).toBe(200);
    return { items, warm: log.items(), body };
  };
  const monthly = await count('/api/reports/monthly?month=2026-03');
  const annual = await count('/api/reports/annual?year=2026');
  const weekly = await count('/api/reports/weekly?weekOf=2026-03-30');
  const comparison = await count('/api/district/comparison?from=2026-01&to=2026-06&by=month', people.overseer);
  const parsed = ComparisonSchema.parse(comparison.body);
  const districtAnnual = await count('/api/district/annual-report?year=2026', people.overseer);
  return {
    districtAnnual: districtAnnual.items,
    monthly: monthly.items,
    annual: annual.items,
    weekly: weekly.items,
    comparison: comparison.items,
    warm: [monthly.warm, annual.warm, weekly.warm, comparison.warm],
    visits: parsed.townships.find((t) => t.townshipId === 'twn-a')?.visits.total ?? -1,
  };
}

describe('reads that users wait for cost townships × months, never cases', () => {
  it(
    'reads as many items for the reports and the district comparison at 10× the cases as at 1×',
    { timeout: 120_000 },
    async () => {
      const once = await itemsRead(0, 4);
      const tenfold = await itemsRead(4, 36);
      // The figures did grow (3 seeded visits + the 2026 half of the cases)…
      expect(once.visits).toBe(3 + 2);
      expect(tenfold.visits).toBe(3 + 20);
      // …and what the reads cost did not.
      expect(tenfold.monthly).toBe(once.monthly);
      expect(tenfold.annual).toBe(once.annual);
      expect(tenfold.weekly).toBe(once.weekly);
      expect(tenfold.comparison).toBe(once.comparison);
      expect(tenfold.districtAnnual).toBe(once.districtAnnual);
      // Read again with nothing written, a report reads only its township's version item, and the comparison only
      // the district's statistics version item: the body built before is served again.
      expect(once.warm).toEqual([1, 1, 1, 1]);
      expect(tenfold.warm).toEqual(once.warm);
    },
  );
});
