import { describe, expect, it } from 'vitest';
import { entry, finesOf, mkCase, org, run } from './test-fixtures';

// A 前村 (v1) case charges 前书记 P-V1 at the village-head amount and 东书记 P-O1 (its office) at the
// office-head amount; +LC adds 乙委员 C2 (liaison of v1) and 甲镇长 C1 (liaison of o1) at the office-head amount.
// Every visit below is notified by the district (no halving), comes within 30 days of the case's previous
// penalised visit (no rectification doubling) and within 60 days of acceptance (not late).

describe('row 1: individual visits to the township or district', () => {
  const c = mkCase('A', ['v1'], '2026-03-01', [
    { visit: 'a1', on: '2026-03-05', level: 'township' },
    { visit: 'a2', on: '2026-03-06', level: 'township' },
    { notice: 'a2', on: '2026-03-06' },
    { visit: 'a3', on: '2026-03-07', level: 'township' },
    { notice: 'a3', on: '2026-03-07' },
    { visit: 'a4', on: '2026-03-08', level: 'township' },
    { notice: 'a4', on: '2026-03-08' },
    { visit: 'a5', on: '2026-03-09', level: 'district' },
    { notice: 'a5', on: '2026-03-09' },
  ]);
  const ledger = run([c]);

  it('1a: the first one is only a task to take the matter back', () => {
    expect(finesOf(ledger, 'a1')).toEqual({});
    // 2026-03-05 + 30 days = 2026-04-04
    expect(ledger.retrievalTasks.filter((t) => t.visitId === 'a1')).toEqual([
      expect.objectContaining({ unitId: 'v1', rowId: '1a', deadline: '2026-04-04', caseId: 'A' }),
    ]);
  });

  it('1a also covers the first individual visit to the district (repeats count per level)', () => {
    expect(finesOf(ledger, 'a5')).toEqual({});
    expect(ledger.retrievalTasks.map((t) => [t.visitId, t.rowId])).toContainEqual(['a5', '1a']);
  });

  it('1b: repeats 1 and 2 → office head 100元, village head 200元', () => {
    expect(finesOf(ledger, 'a2')).toEqual({ 'P-O1': 10000, 'P-V1': 20000 });
    expect(finesOf(ledger, 'a3')).toEqual({ 'P-O1': 10000, 'P-V1': 20000 });
    expect(entry(ledger, 'a2', 'P-V1')).toMatchObject({
      rowId: '1b',
      repeats: 1,
      role: 'village_head',
      unitId: 'v1',
      sanctions: [],
    });
  });

  it('1c: repeats 3 → 200元 / 400元 and the leading cadres at 200元', () => {
    expect(finesOf(ledger, 'a4')).toEqual({ 'P-O1': 20000, 'P-V1': 40000, C1: 20000, C2: 20000 });
    expect(entry(ledger, 'a4', 'C2')).toMatchObject({ role: 'leading_cadre', rowId: '1c' });
  });

  it('a department case charges its head at the office-head amount, and its supervising cadre on +LC', () => {
    const d = mkCase('D', ['d1'], '2026-03-01', [
      { visit: 'd1', on: '2026-03-02', level: 'township' },
      { visit: 'd2', on: '2026-03-03', level: 'township' },
      { notice: 'd2', on: '2026-03-03' },
      { visit: 'd3', on: '2026-03-04', level: 'township' },
      { visit: 'd4', on: '2026-03-05', level: 'township' },
      { notice: 'd4', on: '2026-03-05' },
    ]);
    const l = run([d]);
    expect(finesOf(l, 'd2')).toEqual({ 'P-D1': 10000 });
    expect(finesOf(l, 'd4')).toEqual({ 'P-D1': 20000, C3: 20000 });
  });
});

describe('row 2: collective township and district, individual city', () => {
  const c = mkCase('B', ['v1'], '2026-03-01', [
    { visit: 'b1', on: '2026-03-02', level: 'township', form: 'collective' },
    { visit: 'b2', on: '2026-03-03', level: 'township', form: 'collective' },
    { visit: 'c1', on: '2026-03-04', level: 'district', form: 'collective' },
    { visit: 'd1', on: '2026-03-05', level: 'city', form: 'individual' },
    { visit: 'c2', on: '2026-03-06', level: 'district', form: 'collective' },
    { visit: 'c3', on: '2026-03-07', level: 'district', form: 'collective' },
    { visit: 'c4', on: '2026-03-08', level: 'district', form: 'collective' },
    { visit: 'c5', on: '2026-03-09', level: 'district', form: 'collective' },
    ...['b2', 'c1', 'd1', 'c2', 'c3', 'c4', 'c5'].map((v) => ({ notice: v, on: '2026-03-10' })),
  ]);
  const ledger = run([c]);

  it('2a: the first collective visit to the township is a retrieval task', () => {
    expect(finesOf(ledger, 'b1')).toEqual({});
    expect(ledger.retrievalTasks.map((t) => [t.visitId, t.rowId])).toContainEqual(['b1', '2a']);
  });

  it('2b: a repeated collective township visit, a first collective district visit and a first individual city visit → 200元 / 300元', () => {
    expect(finesOf(ledger, 'b2')).toEqual({ 'P-O1': 20000, 'P-V1': 30000 });
    expect(finesOf(ledger, 'c1')).toEqual({ 'P-O1': 20000, 'P-V1': 30000 });
    expect(finesOf(ledger, 'd1')).toEqual({ 'P-O1': 20000, 'P-V1': 30000 });
    expect(entry(ledger, 'c3', 'P-O1')).toMatchObject({ rowId: '2b', repeats: 2, amountFen: 20000 });
  });

  it('2c: repeats 3 → 400元 / 600元 and 通报批评', () => {
    expect(finesOf(ledger, 'c4')).toEqual({ 'P-O1': 40000, 'P-V1': 60000 });
    expect(entry(ledger, 'c4', 'P-V1')?.sanctions).toEqual(['criticism_notice']);
  });

  it('2d: repeats 4 → 800元 / 1200元, 通报批评, and the leading cadres at 800元', () => {
    expect(finesOf(ledger, 'c5')).toEqual({ 'P-O1': 80000, 'P-V1': 120000, C1: 80000, C2: 80000 });
    expect(entry(ledger, 'c5', 'C1')?.sanctions).toEqual(['criticism_notice']);
  });
});

describe('rows 3–5: collective city, province, national', () => {
  const c = mkCase('C', ['v1'], '2026-03-01', [
    ...(['city', 'province', 'national'] as const).flatMap((level, i) =>
      [1, 2, 3].map((n) => ({
        visit: `${level}${n}`,
        on: `2026-03-${String(2 + i * 3 + n).padStart(2, '0')}`,
        level,
        form: 'collective' as const,
      })),
    ),
    ...['city1', 'city3', 'province1', 'province3', 'national1', 'national3'].map((v) => ({
      notice: v,
      on: '2026-03-20',
    })),
  ]);
  const ledger = run([c]);

  it('3a: 300元 / 500元, +LC at 300元; 3b (repeats 2): 600元 / 1000元, 通报批评, +LC', () => {
    expect(finesOf(ledger, 'city1')).toEqual({ 'P-O1': 30000, 'P-V1': 50000, C1: 30000, C2: 30000 });
    expect(finesOf(ledger, 'city3')).toEqual({ 'P-O1': 60000, 'P-V1': 100000, C1: 60000, C2: 60000 });
    expect(entry(ledger, 'city3', 'P-O1')).toMatchObject({ rowId: '3b', sanctions: ['criticism_notice'] });
  });

  it('4a: 400元 / 600元, +LC; 4b: 600元 / 1500元, 通报批评, +LC', () => {
    expect(finesOf(ledger, 'province1')).toEqual({ 'P-O1': 40000, 'P-V1': 60000, C1: 40000, C2: 40000 });
    expect(finesOf(ledger, 'province3')).toEqual({ 'P-O1': 60000, 'P-V1': 150000, C1: 60000, C2: 60000 });
    expect(entry(ledger, 'province3', 'C2')).toMatchObject({ rowId: '4b', sanctions: ['criticism_notice'] });
  });

  it('5a: 500元 / 800元, +LC; 5b: 1000元 / 2000元, +LC, and no 通报批评 (as domain.md)', () => {
    expect(finesOf(ledger, 'national1')).toEqual({ 'P-O1': 50000, 'P-V1': 80000, C1: 50000, C2: 50000 });
    expect(finesOf(ledger, 'national3')).toEqual({ 'P-O1': 100000, 'P-V1': 200000, C1: 100000, C2: 100000 });
    expect(entry(ledger, 'national3', 'P-V1')).toMatchObject({ rowId: '5b', sanctions: [] });
  });

  it('an individual visit to the province is row 4 too', () => {
    const p = mkCase('P', ['o2'], '2026-03-01', [
      { visit: 'p1', on: '2026-03-02', level: 'province' },
      { notice: 'p1', on: '2026-03-02' },
    ]);
    // o2 case: 西书记 P-O2 at the office-head amount, 丙书记 C3 (liaison of o2) on +LC.
    expect(finesOf(run([p]), 'p1')).toEqual({ 'P-O2': 40000, C3: 40000 });
  });
});

describe('who is charged', () => {
  it("charges every responsible unit's chain; a person reached twice pays once, at the higher amount", () => {
    // Case on 前村 v1 and 后村 v2: both villages' heads, and 东书记 once although both villages belong to o1;
    // 甲镇长 C1 is liaison of o1 and so responsible for both villages: charged once.
    const c = mkCase('M', ['v1', 'v2'], '2026-03-01', [
      { visit: 'm1', on: '2026-03-02', level: 'national' },
      { notice: 'm1', on: '2026-03-02' },
    ]);
    expect(finesOf(run([c]), 'm1')).toEqual({ 'P-O1': 50000, 'P-V1': 80000, 'P-V2': 80000, C1: 50000, C2: 50000 });
  });

  it('keeps the village-head amount when a village head is also a liaison cadre of another unit of the case', () => {
    const c = mkCase('N', ['v1', 'v3'], '2026-03-01', [
      { visit: 'n1', on: '2026-03-02', level: 'national' },
      { notice: 'n1', on: '2026-03-02' },
    ]);
    const l = run([c], { org: orgWithDualRole() });
    // 南书记 P-V3 is head of v3 (800元) and liaison of v1 (would be 500元 as +LC): one entry of 800元.
    expect(entry(l, 'n1', 'P-V3')).toMatchObject({ amountFen: 80000, role: 'village_head', unitId: 'v3' });
    expect(l.fines.filter((f) => f.visitId === 'n1' && f.personId === 'P-V3')).toHaveLength(1);
  });

  it('explains each fine in one Chinese line', () => {
    const c = mkCase('E', ['v1'], '2026-03-01', [
      { visit: 'e1', on: '2026-03-04', level: 'district', form: 'collective' },
      { visit: 'e2', on: '2026-03-05', level: 'district', form: 'collective' },
    ]);
    expect(entry(run([c]), 'e2', 'P-O1')?.explanation).toBe(
      '2026-03-05 集体访·到区（重复1次），规则2b：办事处主要责任人（东关办事处） 200元；未被区级通报减半 → 100元',
    );
  });
});

function orgWithDualRole() {
  return {
    ...org,
    assignments: [
      ...org.assignments,
      { id: 'x1', personId: 'P-V3', role: 'liaison' as const, unitId: 'v1', from: '2015-01-01' },
    ],
  };
}
