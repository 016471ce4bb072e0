import { describe, expect, it } from 'vitest';
import { calendar, record, registered, settings, status, visit } from '../case/case-fixtures';
import { foldCase } from '../case';
import { sampleOrg } from '../org/sample-org';
import { computeKpis } from './compute-kpis';
import { yearBefore } from './period';

const fold = (r: ReturnType<typeof record>) => foldCase(r, settings, calendar);
const closing = (on: string) => [status(on, 'routed'), status(on, 'assigned'), status(on, 'closed')];

// A: 2025 case with two district visits last year, a township visit this year, resolved late on 1 Feb 2026.
const a = fold(
  record(
    [
      registered('2025-03-01'),
      { kind: 'accepted', on: '2025-03-05' }, // due 2025-05-04
      visit('2025-03-05', 'a1', 'district'),
      visit('2025-04-10', 'a2', 'district'),
      { kind: 'retrieval', on: '2025-05-01', unitId: 'v-li', costFen: 5_000 },
      visit('2026-01-10', 'a3', 'township', 'collective', 6),
      { kind: 'resolved', on: '2026-02-01' },
    ],
    'case-a',
  ),
);
// B: backlog first registered in 2019, two city visits, resolved late (due 7 March) on 15 April, satisfied.
const b = fold(
  record(
    [
      registered('2026-01-05', { firstRegisteredOn: '2019-05-01', responsibleUnitIds: ['v-wang'] }),
      { kind: 'accepted', on: '2026-01-06' },
      visit('2026-02-01', 'b1', 'city'),
      visit('2026-03-01', 'b2', 'city'),
      { kind: 'resolved', on: '2026-04-15' },
      ...closing('2026-04-16'),
      { kind: 'satisfaction', on: '2026-04-20', result: 'satisfied' },
    ],
    'case-b',
  ),
);
// C: new this year, resolved on time (due 3 April) on 1 March, unsatisfied.
const c = fold(
  record(
    [
      registered('2026-02-01', { responsibleUnitIds: ['dep-civil'] }),
      { kind: 'accepted', on: '2026-02-02' },
      visit('2026-02-01', 'c1', 'township'),
      { kind: 'retrieval', on: '2026-03-01', unitId: 'dep-civil', costFen: 20_000 },
      { kind: 'resolved', on: '2026-03-01' },
      ...closing('2026-03-02'),
      { kind: 'satisfaction', on: '2026-03-10', result: 'unsatisfied' },
    ],
    'case-c',
  ),
);
// D: open since mid-2024: backlog at both ends of the period. F: open since Aug 2025: not a year old by 30 June.
const d = fold(record([registered('2024-06-01')], 'case-d'));
const f = fold(record([registered('2025-08-01'), visit('2025-08-02', 'f1', 'district')], 'case-f'));
// E belongs to another township and must not count.
const e = {
  ...fold(record([registered('2026-01-01'), visit('2026-01-02', 'e1', 'national')], 'case-e')),
  townshipId: 't2',
};

const period = { from: '2026-01-01', to: '2026-06-30' };
const kpis = computeKpis({
  org: sampleOrg,
  cases: [a, b, c, d, e, f],
  period,
  ledgerTotals: { finesFen: 60_000, rewardsFen: 300_000, vetoes: 1 },
});

describe('computeKpis: resolution quality', () => {
  it('rates on-time resolution over cases resolved in the period', () => {
    expect(kpis.onTimeResolution).toEqual({ value: 1 / 3, numerator: 1, denominator: 3 });
    expect(kpis.casesResolved).toBe(3);
  });
  it('rates satisfaction over cases with feedback in the period', () => {
    expect(kpis.satisfaction).toEqual({ value: 0.5, numerator: 1, denominator: 2 });
  });
  it('counts backlog at both ends of the period and the backlog cleared in it', () => {
    expect(kpis.backlog).toEqual({
      minYears: 1,
      openAtStart: 2,
      openAtEnd: 1,
      clearedInPeriod: 1,
      clearedToZero: false,
    });
  });
});

describe('computeKpis: visits', () => {
  it('counts visits in the period by level, form and unit', () => {
    expect(kpis.visits).toEqual({
      total: 4,
      headcount: 9,
      byLevel: { township: 2, district: 0, city: 2, province: 0, national: 0 },
      byForm: { individual: 3, collective: 1 },
      byUnit: { 'v-li': 1, 'v-wang': 2, 'dep-civil': 1 },
    });
    expect(kpis.casesRegistered).toBe(2);
  });
  it('computes escalation and repeat rates with numerator and denominator', () => {
    expect(kpis.escalation).toEqual({ value: 0.5, numerator: 2, denominator: 4 });
    // Only b2 repeats at its own level; a3 is A's first township visit.
    expect(kpis.repeat).toEqual({ value: 0.25, numerator: 1, denominator: 4 });
    const allLevels = computeKpis({ org: sampleOrg, cases: [a, b, c], period, repeatCounting: 'all_levels' });
    expect(allLevels.repeat).toEqual({ value: 0.5, numerator: 2, denominator: 4 });
  });
  it('scales by population per 10,000 residents and sums retrieval costs', () => {
    expect(kpis.perTenThousand).toEqual({ population: 40_000, visits: 1, headcount: 2.25 });
    expect(kpis.retrievalCostFen).toBe(20_000);
  });
  it('compares with the same months last year and the −30% target', () => {
    expect(kpis.previousPeriod).toEqual({ from: '2025-01-01', to: '2025-06-30' });
    expect(kpis.vsPreviousYear.visits).toEqual({ current: 4, previous: 2, change: 1 });
    expect(kpis.vsTarget).toEqual({ visitChangeTarget: -0.3, targetVisits: 1, met: false });
  });
  it('passes the ledger totals through', () => {
    expect(kpis.ledger).toEqual({ finesFen: 60_000, rewardsFen: 300_000, vetoes: 1 });
  });
});

describe('computeKpis: edges', () => {
  it('meets a target of "down 30%" only at floor(previous × 0.7) or fewer', () => {
    const lastYear = { from: '2025-01-01', to: '2025-12-31' };
    const thisYear = { from: '2026-01-01', to: '2026-12-31' };
    // Previous period 2025: a1, a2, f1 → 3 visits → target floor(2.1) = 2; this year 4 visits.
    const k = computeKpis({
      org: sampleOrg,
      cases: [a, b, c, f],
      period: thisYear,
      previousPeriod: lastYear,
      targets: { visitChange: 0.5 },
    });
    expect(k.vsTarget).toEqual({ visitChangeTarget: 0.5, targetVisits: 4, met: true });
  });
  it('reports empty rates as null, not zero', () => {
    const k = computeKpis({ org: sampleOrg, cases: [], period });
    expect(k.onTimeResolution).toEqual({ value: null, numerator: 0, denominator: 0 });
    expect(k.vsPreviousYear.visits.change).toBeNull();
    expect(k.vsTarget.met).toBeNull();
    expect(k.ledger).toBeUndefined();
  });
  it('shifts a leap day to 28 February for last year', () => {
    expect(yearBefore({ from: '2028-02-01', to: '2028-02-29' })).toEqual({ from: '2027-02-01', to: '2027-02-28' });
  });
});
