/** Hand-computed scenarios: vetoes (四(四)) and the rewards of a calendar year (四(五)). */
import { describe, expect, it } from 'vitest';
import { backlogLines, caseOf, rewardLines, run, vetoLines, visit } from './cases';
import { township } from './township';

describe('scenarios: veto', () => {
  it("a notified district visit vetoes the case's units and their main persons for the year; un-notified or township-level ones do not", () => {
    const org = township({ extra: [{ personId: 'lc-b', role: 'case_leader', caseId: 'VK' }] });
    const ledger = run(
      [
        caseOf('VA', ['v1'], '2026-03-01', [visit('va', '2026-03-02', 'district', 'individual', '2026-03-03')]), // 1a, notified
        caseOf('VB', ['v3'], '2026-03-01', [visit('vb', '2026-03-02', 'district', 'collective')]), // 2b, not notified
        caseOf('VC', ['d1'], '2026-03-01', [
          visit('vc1', '2026-03-02', 'township', 'collective', '2026-03-03'), // 2a, notified but township level
          visit('vc2', '2026-03-12', 'township', 'collective', '2026-03-13'), // 2b, same
        ]),
        // A backlog case of v1: 2019-06-01 → 2026-06-01 is 7 whole years. The veto does not cancel money rewards.
        caseOf('VK', ['v1'], '2026-01-10', [{ kind: 'resolved', on: '2026-06-01' }], '2019-06-01'),
      ],
      { org },
    );
    // Units of a village case: the village and its office; their main persons. Not the liaison cadres.
    expect(vetoLines(ledger)).toEqual(['2026 person p-o1', '2026 person p-v1', '2026 unit o1', '2026 unit v1']);
    const person = (id: string) => ledger.totals.byPerson.find((p) => p.personId === id);
    expect(person('p-v1')?.vetoed).toBe(true);
    expect(person('lc-a')?.vetoed ?? false).toBe(false);
    expect(person('p-v3')?.vetoed).toBe(false);
    expect(person('p-d1')?.vetoed).toBe(false);
    expect(backlogLines(ledger)).toEqual(['VK lc-b 100000', 'VK p-o1 100000', 'VK p-v1 100000']);
    expect(person('p-v1')?.rewardsFen).toBe(100000);
  });
});

describe('scenarios: rewards of 2026', () => {
  it('visit-free units and their cadres: office 3000, villages 2000, each cadre 1000 once; departments commended with 0', () => {
    const ledger = run([
      caseOf('WA', ['v1'], '2026-05-01', [visit('wa', '2026-05-10', 'township', 'individual')]), // v1 had a visit → o1 is not visit-free
      caseOf('WB', ['v3'], '2025-12-15', [visit('wb', '2025-12-20', 'township', 'individual')]), // 2025: does not count for 2026
    ]);
    // v2: 2000; o2 (and its only village v3): 3000 + 2000; lc-a is responsible for v2 (via o1): 1000;
    // lc-d is responsible for o2 and v3: 1000 once; lc-b (v1 only) nothing; lc-c supervises a department: nothing.
    expect(
      rewardLines(ledger, ['visit_free_office', 'visit_free_village', 'visit_free_cadre', 'department_commendation']),
    ).toEqual([
      '2026 department_commendation d1 - 0',
      '2026 department_commendation po - 0',
      '2026 visit_free_cadre - lc-a 100000',
      '2026 visit_free_cadre - lc-d 100000',
      '2026 visit_free_office o2 - 300000',
      '2026 visit_free_village v2 - 200000',
      '2026 visit_free_village v3 - 200000',
    ]);
    expect(ledger.totals.rewardsFen).toBe(900000);
  });

  it('no rewards are settled for a period that is not a whole calendar year', () => {
    const ledger = run([], { period: { from: '2026-05-01', to: '2026-05-31' } });
    expect(ledger.rewards).toEqual([]);
  });

  it('backlog cases resolved in 2026 aged 5 to 10 whole years pay 1000 to the case leader and each unit head', () => {
    const leaders: [string, string][] = [
      ['X6', 'lc-b'],
      ['X5', 'lc-a'],
      ['X4', 'lc-d'],
      ['X4b', 'lc-c'],
      ['X10', 'lc-c'],
      ['X11', 'lc-d'],
      ['X7old', 'lc-d'],
      ['X6open', 'lc-d'],
    ];
    const org = township({
      extra: leaders.map(([caseId, personId]) => ({ personId, role: 'case_leader' as const, caseId })),
    });
    const resolved = [{ kind: 'resolved' as const, on: '2026-05-01' }];
    const ledger = run(
      [
        caseOf('X6', ['v1'], '2026-01-10', resolved, '2020-03-01'), // 6 years → lc-b, p-v1, p-o1
        caseOf('X5', ['v2'], '2026-01-10', resolved, '2021-05-01'), // exactly 5 → lc-a, p-v2, p-o1
        caseOf('X4', ['o2'], '2026-01-10', resolved, '2021-05-02'), // one day short of 5 → nothing
        caseOf('X4b', ['d1'], '2026-01-10', resolved, '2022-03-01'), // 4 years → nothing
        caseOf('X10', ['d1'], '2026-01-10', resolved, '2015-05-02'), // 10 years 364 days = 10 whole → lc-c, p-d1
        caseOf('X11', ['v3'], '2026-01-10', resolved, '2015-05-01'), // 11 → nothing
        caseOf('X7old', ['v3'], '2025-10-01', [{ kind: 'resolved', on: '2025-11-01' }], '2018-01-01'), // resolved in 2025
        caseOf('X6open', ['v3'], '2026-01-10', [], '2020-01-01'), // not resolved
      ],
      { org },
    );
    expect(backlogLines(ledger)).toEqual([
      'X10 lc-c 100000',
      'X10 p-d1 100000',
      'X5 lc-a 100000',
      'X5 p-o1 100000',
      'X5 p-v2 100000',
      'X6 lc-b 100000',
      'X6 p-o1 100000',
      'X6 p-v1 100000',
    ]);
  });

  it('model township: the petition office gets 2000 (named by the district) or 5000 (by the city)', () => {
    expect(rewardLines(run([], { flags: { modelTownship: 'district' } }), ['model_township'])).toEqual([
      '2026 model_township po - 200000',
    ]);
    expect(rewardLines(run([], { flags: { modelTownship: 'city' } }), ['model_township'])).toEqual([
      '2026 model_township po - 500000',
    ]);
    expect(rewardLines(run([]), ['model_township'])).toEqual([]);
    // Two whole years, each with its own title: 2025 by the city (5000), 2026 by the district (2000).
    const twoYears = run([], {
      period: { from: '2025-01-01', to: '2026-12-31' },
      flags: { modelTownshipByYear: { '2025': 'city', '2026': 'district' } },
    });
    expect(rewardLines(twoYears, ['model_township'])).toEqual([
      '2025 model_township po - 500000',
      '2026 model_township po - 200000',
    ]);
  });
});
