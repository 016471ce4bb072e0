import type { CaseRecord } from '@xinfang/domain';
import { importCases, recordStoreCalls, StatisticsRepository } from '@xinfang/store';
import { describe, expect, it } from 'vitest';
import { ComparisonSchema, type Comparison } from '../src/routes/district/comparison-schemas';
import { people } from './rules-ledger-fixtures';
import { useSeededTownship } from './support/seeded-township';

let log: ReturnType<typeof recordStoreCalls> | undefined;
const ctx = useSeededTownship(async (t) => {
  log = recordStoreCalls(t.store.client);
});

/** `n` cases spread over both townships, each visited twice at the township in April 2026 and resolved. */
function cases(start: number, n: number): CaseRecord[] {
  return Array.from({ length: n }, (_, i) => {
    const k = start + i;
    const townshipId = k % 2 === 0 ? 'twn-a' : 'twn-b';
    const day = String(1 + (k % 20)).padStart(2, '0');
    const on = `2026-04-${day}`;
    return {
      id: `dscale-${k}`,
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
          visitId: `d${k}-1`,
          channel: 'visit',
          level: 'township',
          form: 'individual',
          headcount: 1,
        },
        { seq: 3, on, kind: 'accepted' },
        {
          seq: 4,
          on: '2026-04-25',
          kind: 'visit',
          visitId: `d${k}-2`,
          channel: 'visit',
          level: 'township',
          form: 'individual',
          headcount: 1,
        },
        { seq: 5, on: '2026-04-28', kind: 'resolved' },
      ],
    };
  });
}

async function itemsRead(from: number, n: number): Promise<{ items: number; body: Comparison }> {
  await importCases(
    ctx.store,
    { districtId: 'd1', recordedAt: '2026-06-01T00:00:00Z' },
    cases(from, n).map((record) => ({ record })),
  );
  const stats = new StatisticsRepository(ctx.store);
  await stats.rebuildStatistics('twn-a', 'd1');
  await stats.rebuildStatistics('twn-b', 'd1');
  if (!log) throw new Error('no call log');
  log.clear();
  const res = await ctx.app.request('/api/district/comparison?from=2026-01&to=2026-06&by=month', {
    headers: await ctx.as(people.overseer),
  });
  expect(res.status).toBe(200);
  const body = ComparisonSchema.parse(await res.json());
  return { items: log.items(), body };
}

describe('the district comparison reads townships × months, never cases', () => {
  it(
    'reads as many items at 10× the cases as at 1×, while its figures and typical mix grow',
    { timeout: 180_000 },
    async () => {
      const once = await itemsRead(0, 4);
      const tenfold = await itemsRead(4, 36);
      const resolved = (c: Comparison) => c.townships.map((t) => [t.townshipId, t.cases.resolved]);
      expect(resolved(once.body)).toEqual([
        ['twn-a', 2],
        ['twn-b', 2],
      ]);
      expect(resolved(tenfold.body)).toEqual([
        ['twn-a', 20],
        ['twn-b', 20],
      ]);
      // Every case's second visit is its first repeat at the township: the mix prices it as row 1b.
      const repeatOnce = (c: Comparison) =>
        c.typicalMix.find((m) => m.level === 'township' && m.form === 'individual' && m.repeats === 1)?.count;
      expect(repeatOnce(once.body)).toBe(4 + 1);
      expect(repeatOnce(tenfold.body)).toBe(40 + 1);
      // 10 × the cases now rank (≥ 10 resolved each); the figures grew, what the read cost did not.
      expect(tenfold.body.rankings.ranked.map((r) => r.townshipId).sort()).toEqual(['twn-a', 'twn-b']);
      expect(once.items).toBeGreaterThan(0);
      expect(tenfold.items).toBe(once.items);
    },
  );
});
