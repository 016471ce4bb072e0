import { describe, expect, it } from 'vitest';
import { defaultRuleSet } from '../rules';
import { finesOf, entry, mkCase, run } from './test-fixtures';

describe('a rule version change mid-year', () => {
  const v1 = defaultRuleSet({ id: 'v1', effectiveFrom: '2020-01-01' });
  const v2 = {
    ...defaultRuleSet({ id: 'v2', name: '2026年修订', effectiveFrom: '2026-07-01' }),
    penaltyRows: v1.penaltyRows.map((r) =>
      r.id === '1b' ? { ...r, amounts: { officeHeadFen: 15000, villageHeadFen: 25000 } } : r,
    ),
  };
  const c = mkCase('X', ['v1'], '2026-06-01', [
    { visit: 'x1', on: '2026-06-10', level: 'township' },
    { visit: 'x2', on: '2026-06-30', level: 'township' },
    { visit: 'x3', on: '2026-07-01', level: 'township' },
    ...['x2', 'x3'].map((v) => ({ notice: v, on: '2026-07-02' })),
  ]);
  const l = run([c], { ruleVersions: [v2, v1] });

  it('judges each visit by the version in force on its date and cites it', () => {
    expect(finesOf(l, 'x2')).toEqual({ 'P-O1': 10000, 'P-V1': 20000 });
    expect(entry(l, 'x2', 'P-O1')?.ruleVersionId).toBe('v1');
    expect(finesOf(l, 'x3')).toEqual({ 'P-O1': 15000, 'P-V1': 25000 });
    expect(entry(l, 'x3', 'P-O1')?.ruleVersionId).toBe('v2');
  });

  it('a version counting repeats over all levels renumbers visits from its date on', () => {
    const all = {
      ...defaultRuleSet({ id: 'all', effectiveFrom: '2026-07-01' }),
      repeatCounting: 'all_levels' as const,
    };
    const d = mkCase('Y', ['v1'], '2026-06-01', [
      { visit: 'y1', on: '2026-06-10', level: 'township' },
      { visit: 'y2', on: '2026-06-20', level: 'district' },
      { visit: 'y3', on: '2026-07-05', level: 'district' },
    ]);
    const ledger = run([d], { ruleVersions: [v1, all] });
    // y2: first district visit under v1 (same level) → 1a. y3: third visit overall under 'all' → repeats 2 → 1b, halved.
    expect(ledger.retrievalTasks.map((t) => t.visitId)).toEqual(['y1', 'y2']);
    expect(entry(ledger, 'y3', 'P-V1')).toMatchObject({ rowId: '1b', repeats: 2, amountFen: 10000 });
  });
});

describe('payment due dates (四(三)5)', () => {
  const c = mkCase('Z', ['v1'], '2026-09-01', [{ visit: 'z1', on: '2026-09-10', level: 'national' }]);

  it('a notice on 2026-09-30, before 国庆: finance-paid people have 3 working days (10-08, 10-09, the make-up Saturday 10-10)', () => {
    const l = run([c], { noticeDate: '2026-09-30' });
    expect(l.totals.byPerson.find((p) => p.personId === 'P-O1')).toMatchObject({
      financePaid: true,
      dueOn: '2026-10-10',
    });
    // Others pay by the end of the notice's month: the same day.
    expect(l.totals.byPerson.find((p) => p.personId === 'P-V1')).toMatchObject({
      financePaid: false,
      dueOn: '2026-09-30',
    });
  });

  it('defaults the notice date to the period end; an admin override of the calendar moves the date', () => {
    const l = run([c], { period: { from: '2026-09-01', to: '2026-09-25' } });
    // 2026-09-25 is a Friday; 09-26/27 are 中秋 rest days: 09-28, 09-29, 09-30.
    expect(l.totals.byPerson.find((p) => p.personId === 'C1')?.dueOn).toBe('2026-09-30');
    expect(l.totals.byPerson.find((p) => p.personId === 'P-V1')?.dueOn).toBe('2026-09-30');
    const closed = run([c], {
      period: { from: '2026-09-01', to: '2026-09-25' },
      calendarOverrides: [{ date: '2026-09-29', working: false }],
    });
    expect(closed.totals.byPerson.find((p) => p.personId === 'C1')?.dueOn).toBe('2026-10-08');
  });

  it("sums each person's fines: 5a halved → 东书记 250元, 前书记 400元, each cadre 250元", () => {
    const l = run([c]);
    expect(l.totals.byPerson.filter((p) => p.finesFen > 0).map((p) => [p.personId, p.finesFen])).toEqual([
      ['C1', 25000],
      ['C2', 25000],
      ['P-O1', 25000],
      ['P-V1', 40000],
    ]);
    expect(l.totals.finesFen).toBe(115000);
  });
});
