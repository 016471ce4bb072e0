import { describe, expect, it } from 'vitest';
import { defaultRuleSet, type RuleSet } from '../rules';
import { applyFactor } from './factor';
import { entry, finesOf, mkCase, run } from './test-fixtures';

// Village case on 前村 v1 as in rows.test.ts: P-O1 office head, P-V1 village head, C1/C2 on +LC.

describe('no district notice: × 1/2', () => {
  const c = mkCase('H', ['v1'], '2026-03-01', [
    { visit: 'h1', on: '2026-03-02', level: 'district' },
    { visit: 'h2', on: '2026-03-03', level: 'district' },
    { visit: 'h3', on: '2026-03-04', level: 'district' },
    { notice: 'h3', on: '2026-04-20', level: 'city' },
  ]);
  const l = run([c]);

  it('halves a visit nobody notified: 1b 100元 → 50元, 200元 → 100元', () => {
    expect(finesOf(l, 'h2')).toEqual({ 'P-O1': 5000, 'P-V1': 10000 });
    expect(entry(l, 'h2', 'P-O1')?.modifiers).toEqual([{ id: 'no_notice', factor: '1/2' }]);
  });

  it('a notice by the city (above the district) counts, even one recorded after the visit', () => {
    expect(finesOf(l, 'h3')).toEqual({ 'P-O1': 10000, 'P-V1': 20000 });
  });

  it('rounds half-up to the fen: 100.01元 / 2 = 50.005元 → 50.01元; 3.33元 / 2 → 1.67元', () => {
    const odd: RuleSet = {
      ...defaultRuleSet(),
      penaltyRows: defaultRuleSet().penaltyRows.map((r) =>
        r.id === '1b' ? { ...r, amounts: { officeHeadFen: 10001, villageHeadFen: 333 } } : r,
      ),
    };
    // 10001 × 1/2 = 5000.5 → 5001; 333 × 1/2 = 166.5 → 167
    expect(finesOf(run([c], { ruleVersions: [odd] }), 'h2')).toEqual({ 'P-O1': 5001, 'P-V1': 167 });
    expect(applyFactor(5001, { numerator: 2, denominator: 1 })).toBe(10002);
  });
});

describe('late (rows 3–5): past the resolution deadline and unresolved', () => {
  // Accepted 2026-01-05: resolution deadline 2026-01-05 + 60 days = 2026-03-06.
  const lateCase = (extra: Parameters<typeof mkCase>[3] = [], level: 'city' | 'national' = 'city', on = '2026-03-10') =>
    mkCase('L', ['v1'], '2026-01-05', [...extra, { visit: 'l1', on, level, form: 'collective' }, { notice: 'l1', on }]);

  it('row 3 adds 诫勉谈话 to every person charged', () => {
    const l = run([lateCase()]);
    expect(finesOf(l, 'l1')).toEqual({ 'P-O1': 30000, 'P-V1': 50000, C1: 30000, C2: 30000 });
    for (const p of ['P-O1', 'P-V1', 'C1', 'C2']) expect(entry(l, 'l1', p)?.sanctions).toEqual(['warning_talk']);
    expect(entry(l, 'l1', 'P-V1')?.explanation).toContain('办结不及时 → 诫勉谈话');
  });

  it('a visit on the deadline day itself is not late', () => {
    expect(entry(run([lateCase([], 'city', '2026-03-06')]), 'l1', 'P-V1')?.sanctions).toEqual([]);
  });

  it('a granted extension moves the deadline: 30 more days → 2026-04-05', () => {
    expect(entry(run([lateCase([{ extension: 30, on: '2026-02-20' }])]), 'l1', 'P-V1')?.sanctions).toEqual([]);
  });

  it('a case resolved before the visit is not late', () => {
    expect(entry(run([lateCase([{ resolved: '2026-03-01' }])]), 'l1', 'P-V1')?.sanctions).toEqual([]);
  });

  it('row 5 adds 停职检查, and 党纪政纪处分 when the case has the serious-impact flag', () => {
    expect(entry(run([lateCase([], 'national')]), 'l1', 'C2')?.sanctions).toEqual(['suspension']);
    const serious = run([lateCase([{ serious: '2026-02-01' }], 'national')]);
    expect(entry(serious, 'l1', 'C2')?.sanctions).toEqual(['suspension', 'disciplinary']);
    expect(finesOf(serious, 'l1')).toEqual({ 'P-O1': 50000, 'P-V1': 80000, C1: 50000, C2: 50000 });
  });

  it('rows 1–2 have no late sanctions', () => {
    const c = mkCase('L2', ['v1'], '2026-01-05', [
      { visit: 'x1', on: '2026-03-08', level: 'township' },
      { visit: 'x2', on: '2026-03-10', level: 'township' },
    ]);
    expect(entry(run([c]), 'x2', 'P-V1')).toMatchObject({ rowId: '1b', sanctions: [], amountFen: 10000 });
  });
});

describe('rectification missed: × 2, 约谈 and 通报批评', () => {
  // r2 (1b, penalised) on 2026-01-20 sets the deadline 2026-02-19; r3 on 02-19 is in time and sets 03-21;
  // r4 on 03-25 comes after 03-21 with the case unresolved.
  const steps = [
    { visit: 'r1', on: '2026-01-10', level: 'township' as const },
    { visit: 'r2', on: '2026-01-20', level: 'township' as const },
    { visit: 'r3', on: '2026-02-19', level: 'township' as const },
    { visit: 'r4', on: '2026-03-25', level: 'township' as const },
    ...['r2', 'r3', 'r4'].map((v) => ({ notice: v, on: '2026-03-26' })),
  ];
  const l = run([mkCase('R', ['v1'], '2026-01-05', steps)]);

  it('doubles the amounts of a visit after the deadline set by an earlier penalised visit: 1c 200元 → 400元', () => {
    expect(finesOf(l, 'r3')).toEqual({ 'P-O1': 10000, 'P-V1': 20000 });
    // r4: repeats 3 → 1c: 200元 / 400元 / +LC 200元, each × 2
    expect(finesOf(l, 'r4')).toEqual({ 'P-O1': 40000, 'P-V1': 80000, C1: 40000, C2: 40000 });
    for (const p of ['P-O1', 'P-V1', 'C1', 'C2'])
      expect(entry(l, 'r4', p)?.sanctions).toEqual(['admonition', 'criticism_notice']);
  });

  it('applies after the halving: 1b without notice, doubled → 100元 → 50元 → 100元', () => {
    const c = mkCase('R2', ['v1'], '2026-01-05', [
      { visit: 's1', on: '2026-01-10', level: 'township' },
      { visit: 's2', on: '2026-01-20', level: 'township' },
      { visit: 's3', on: '2026-02-25', level: 'township' },
    ]);
    const e = entry(run([c]), 's3', 'P-O1');
    expect(e).toMatchObject({ baseFen: 10000, amountFen: 10000 });
    expect(e?.modifiers).toEqual([
      { id: 'no_notice', factor: '1/2' },
      { id: 'rectification', factor: '2/1' },
    ]);
    expect(e?.explanation).toContain('未被区级通报减半 → 50元；逾期未整改加倍 → 100元，约谈、通报批评');
  });

  it('does not apply once the case is resolved, nor after a visit that only set a retrieval task', () => {
    const resolved = mkCase('R3', ['v1'], '2026-01-05', [
      ...steps.slice(0, 3),
      { resolved: '2026-03-01' },
      ...steps.slice(3),
    ]);
    expect(entry(run([resolved]), 'r4', 'P-V1')?.sanctions).toEqual([]);
    const onlyTask = mkCase('R4', ['v1'], '2026-01-05', [
      { visit: 't1', on: '2026-01-10', level: 'township' },
      { visit: 't2', on: '2026-03-01', level: 'township' },
    ]);
    expect(entry(run([onlyTask]), 't2', 'P-V1')).toMatchObject({
      amountFen: 10000,
      modifiers: [{ id: 'no_notice', factor: '1/2' }],
    });
  });
});

describe('rectification: a missed deadline stays missed (domain.md)', () => {
  it('a penalised visit in between does not restart the clock: the later visit is still doubled', () => {
    const n = (extra: Parameters<typeof mkCase>[3]) =>
      mkCase('Q', ['v1'], '2026-01-05', [
        { visit: 'n1', on: '2026-01-10', level: 'national' },
        ...extra,
        { visit: 'n2', on: '2026-03-01', level: 'national' },
        { notice: 'n1', on: '2026-03-02' },
        { notice: 'n2', on: '2026-03-02' },
      ]);
    // n1 (5a) sets 2026-02-09; n2 on 03-01 is after it: 500元 × 2 = 1000元 for 东书记.
    expect(finesOf(run([n([])]), 'n2')['P-O1']).toBe(100000);
    // A collective district visit (2b) on 02-25 is itself past 02-09 (200元 → 100元 unnotified → 200元 doubled).
    // It would set 2026-03-27, but n1's missed 02-09 still counts: n2 stays doubled, 东书记 pays 1200元 in all.
    const l = run([n([{ visit: 'c1', on: '2026-02-25', level: 'district', form: 'collective' }])]);
    expect(finesOf(l, 'n2')['P-O1']).toBe(100000);
    expect(finesOf(l, 'c1')['P-O1']).toBe(20000);
  });
});
