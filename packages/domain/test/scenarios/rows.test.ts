/**
 * Hand-computed scenarios, row by row of domain.md's default table. Every visit is notified by the
 * district the next day (so no halving) and comes within 30 days of the case's previous penalised visit
 * (so no doubling) and within 60 days of acceptance (so never late), unless the scenario says otherwise.
 * Amounts: yuan × 100 = fen.
 */
import { describe, expect, it } from 'vitest';
import { caseOf, fineLines, finesOf, run, taskLines, visit } from './cases';

describe('scenarios: the default table row by row', () => {
  it('1a: a first individual township visit fines nobody and sets a 领回办结 task on the village', () => {
    const ledger = run([
      caseOf('A', ['v1'], '2026-03-01', [visit('a1', '2026-03-02', 'township', 'individual', '2026-03-03')]),
    ]);
    expect(fineLines(ledger)).toEqual([]);
    // domain.md: "take back and resolve (a task with a deadline)" with no number of days; the pack's data says
    // 30 days: 2026-03-02 + 30 = 2026-04-01. The task goes to the case's responsible unit (the village).
    expect(taskLines(ledger)).toEqual(['a1 v1 1a 2026-04-01']);
  });

  it('1b / 1c: the 2nd and 3rd township visits are 1b, the 4th and 5th are 1c with +LC', () => {
    const ledger = run([
      caseOf('B', ['v1'], '2026-03-01', [
        visit('b1', '2026-03-02', 'township', 'individual', '2026-03-03'), // n1 r0 → 1a
        visit('b2', '2026-03-10', 'township', 'individual', '2026-03-11'), // r1 → 1b: village 200, office 100
        visit('b3', '2026-03-20', 'township', 'individual', '2026-03-21'), // r2 → 1b
        visit('b4', '2026-03-30', 'township', 'individual', '2026-03-31'), // r3 → 1c: 400 / 200, +LC 200
        visit('b5', '2026-04-05', 'township', 'individual', '2026-04-06'), // r4 → 1c
      ]),
    ]);
    // +LC for v1: lc-a (liaises with o1, hence its villages) and lc-b (liaises with v1) at the office amount.
    expect(fineLines(ledger)).toEqual([
      'b2 p-o1 office_head 1b 10000',
      'b2 p-v1 village_head 1b 20000',
      'b3 p-o1 office_head 1b 10000',
      'b3 p-v1 village_head 1b 20000',
      'b4 lc-a leading_cadre 1c 20000',
      'b4 lc-b leading_cadre 1c 20000',
      'b4 p-o1 office_head 1c 20000',
      'b4 p-v1 village_head 1c 40000',
      'b5 lc-a leading_cadre 1c 20000',
      'b5 lc-b leading_cadre 1c 20000',
      'b5 p-o1 office_head 1c 20000',
      'b5 p-v1 village_head 1c 40000',
    ]);
    // p-v1: 200 + 200 + 400 + 400 = 1200 yuan; p-o1: 100 + 100 + 200 + 200 = 600 yuan.
    expect(finesOf(ledger, 'p-v1')).toBe(120000);
    expect(finesOf(ledger, 'p-o1')).toBe(60000);
    expect(taskLines(ledger)).toEqual(['b1 v1 1a 2026-04-01']);
  });

  it('2a vs 2b: a department case, collective at the township: first one is a task, repeats are 2b at the office amount', () => {
    const ledger = run([
      caseOf('C', ['d1'], '2026-03-01', [
        visit('c1', '2026-03-02', 'township', 'collective', '2026-03-03'), // r0 → 2a
        visit('c2', '2026-03-12', 'township', 'collective', '2026-03-13'), // r1 → 2b: office amount 200
        visit('c3', '2026-03-22', 'township', 'collective', '2026-03-23'), // r2 → 2b
      ]),
    ]);
    // The department head is charged the office-head amount; 2b has no +LC, so lc-c is not charged.
    expect(fineLines(ledger)).toEqual(['c2 p-d1 office_head 2b 20000', 'c3 p-d1 office_head 2b 20000']);
    expect(taskLines(ledger)).toEqual(['c1 d1 2a 2026-04-01']);
  });

  it('2b at repeats 0: collective district and individual city; an individual district first visit is still 1a', () => {
    const ledger = run([
      caseOf('D1', ['v3'], '2026-03-01', [visit('d1c', '2026-03-02', 'district', 'collective', '2026-03-03')]),
      caseOf('D2', ['v2'], '2026-03-01', [visit('d2c', '2026-03-02', 'city', 'individual', '2026-03-03')]),
      caseOf('D3', ['v2'], '2026-03-01', [visit('d3i', '2026-03-02', 'district', 'individual', '2026-03-03')]),
    ]);
    // 2b: village 300, office 200.
    expect(fineLines(ledger)).toEqual([
      'd1c p-o2 office_head 2b 20000',
      'd1c p-v3 village_head 2b 30000',
      'd2c p-o1 office_head 2b 20000',
      'd2c p-v2 village_head 2b 30000',
    ]);
    expect(taskLines(ledger)).toEqual(['d3i v2 1a 2026-04-01']);
  });

  it('2c at repeats 3 (通报批评) and 2d at repeats ≥ 4 (通报批评, +LC): collective district visits to a village', () => {
    const ledger = run([
      caseOf('E', ['v3'], '2026-03-01', [
        visit('e1', '2026-03-02', 'district', 'collective', '2026-03-03'), // r0 2b 300/200
        visit('e2', '2026-03-07', 'district', 'collective', '2026-03-08'), // r1 2b
        visit('e3', '2026-03-12', 'district', 'collective', '2026-03-13'), // r2 2b
        visit('e4', '2026-03-17', 'district', 'collective', '2026-03-18'), // r3 2c 600/400 通报批评
        visit('e5', '2026-03-22', 'district', 'collective', '2026-03-23'), // r4 2d 1200/800 通报批评 +LC 800
        visit('e6', '2026-03-27', 'district', 'collective', '2026-03-28'), // r5 2d
      ]),
    ]);
    // All within e1's rectification deadline (04-01), so no visit is doubled.
    // Reading: a row's sanction (通报批评) goes to every person the visit charges, +LC included.
    expect(fineLines(ledger)).toEqual([
      'e1 p-o2 office_head 2b 20000',
      'e1 p-v3 village_head 2b 30000',
      'e2 p-o2 office_head 2b 20000',
      'e2 p-v3 village_head 2b 30000',
      'e3 p-o2 office_head 2b 20000',
      'e3 p-v3 village_head 2b 30000',
      'e4 p-o2 office_head 2c 40000 criticism_notice',
      'e4 p-v3 village_head 2c 60000 criticism_notice',
      'e5 lc-d leading_cadre 2d 80000 criticism_notice',
      'e5 p-o2 office_head 2d 80000 criticism_notice',
      'e5 p-v3 village_head 2d 120000 criticism_notice',
      'e6 lc-d leading_cadre 2d 80000 criticism_notice',
      'e6 p-o2 office_head 2d 80000 criticism_notice',
      'e6 p-v3 village_head 2d 120000 criticism_notice',
    ]);
    // p-v3: 3 × 300 + 600 + 2 × 1200 = 3900 yuan.
    expect(finesOf(ledger, 'p-v3')).toBe(390000);
  });

  it('2c / 2d for individual city visits on a department: the supervising cadre is the +LC', () => {
    const ledger = run([
      caseOf('E2', ['d1'], '2026-03-01', [
        visit('f1', '2026-03-02', 'city', 'individual', '2026-03-03'), // 2b 200
        visit('f2', '2026-03-09', 'city', 'individual', '2026-03-10'), // 2b 200
        visit('f3', '2026-03-16', 'city', 'individual', '2026-03-17'), // 2b 200
        visit('f4', '2026-03-23', 'city', 'individual', '2026-03-24'), // 2c 400
        visit('f5', '2026-03-30', 'city', 'individual', '2026-03-31'), // 2d 800 + lc-c 800
      ]),
    ]);
    expect(fineLines(ledger)).toEqual([
      'f1 p-d1 office_head 2b 20000',
      'f2 p-d1 office_head 2b 20000',
      'f3 p-d1 office_head 2b 20000',
      'f4 p-d1 office_head 2c 40000 criticism_notice',
      'f5 lc-c leading_cadre 2d 80000 criticism_notice',
      'f5 p-d1 office_head 2d 80000 criticism_notice',
    ]);
  });

  it('3a / 3b: collective city visits on a department', () => {
    const ledger = run([
      caseOf('F', ['d1'], '2026-03-01', [
        visit('g1', '2026-03-02', 'city', 'collective', '2026-03-03'), // r0 3a 300 +LC
        visit('g2', '2026-03-12', 'city', 'collective', '2026-03-13'), // r1 3a
        visit('g3', '2026-03-22', 'city', 'collective', '2026-03-23'), // r2 3b 600 通报批评 +LC
      ]),
    ]);
    expect(fineLines(ledger)).toEqual([
      'g1 lc-c leading_cadre 3a 30000',
      'g1 p-d1 office_head 3a 30000',
      'g2 lc-c leading_cadre 3a 30000',
      'g2 p-d1 office_head 3a 30000',
      'g3 lc-c leading_cadre 3b 60000 criticism_notice',
      'g3 p-d1 office_head 3b 60000 criticism_notice',
    ]);
  });

  it('4a / 4b: province visits count together whatever their form', () => {
    const ledger = run([
      caseOf('G', ['v1'], '2026-03-01', [
        visit('h1', '2026-03-02', 'province', 'individual', '2026-03-03'), // r0 4a 600/400 +LC 400
        visit('h2', '2026-03-12', 'province', 'collective', '2026-03-13'), // r1 4a
        visit('h3', '2026-03-22', 'province', 'individual', '2026-03-23'), // r2 4b 1500/600 通报批评 +LC 600
      ]),
    ]);
    expect(fineLines(ledger)).toEqual([
      'h1 lc-a leading_cadre 4a 40000',
      'h1 lc-b leading_cadre 4a 40000',
      'h1 p-o1 office_head 4a 40000',
      'h1 p-v1 village_head 4a 60000',
      'h2 lc-a leading_cadre 4a 40000',
      'h2 lc-b leading_cadre 4a 40000',
      'h2 p-o1 office_head 4a 40000',
      'h2 p-v1 village_head 4a 60000',
      'h3 lc-a leading_cadre 4b 60000 criticism_notice',
      'h3 lc-b leading_cadre 4b 60000 criticism_notice',
      'h3 p-o1 office_head 4b 60000 criticism_notice',
      'h3 p-v1 village_head 4b 150000 criticism_notice',
    ]);
  });

  it('5a / 5b: national visits (5b has no 通报批评 in domain.md)', () => {
    const ledger = run([
      caseOf('H', ['v3'], '2026-03-01', [
        visit('n1', '2026-03-02', 'national', 'individual', '2026-03-03'), // r0 5a 800/500 +LC 500
        visit('n2', '2026-03-12', 'national', 'individual', '2026-03-13'), // r1 5a
        visit('n3', '2026-03-22', 'national', 'collective', '2026-03-23'), // r2 5b 2000/1000 +LC 1000
      ]),
    ]);
    expect(fineLines(ledger)).toEqual([
      'n1 lc-d leading_cadre 5a 50000',
      'n1 p-o2 office_head 5a 50000',
      'n1 p-v3 village_head 5a 80000',
      'n2 lc-d leading_cadre 5a 50000',
      'n2 p-o2 office_head 5a 50000',
      'n2 p-v3 village_head 5a 80000',
      'n3 lc-d leading_cadre 5b 100000',
      'n3 p-o2 office_head 5b 100000',
      'n3 p-v3 village_head 5b 200000',
    ]);
  });
});
