/** Hand-computed scenarios: how repeats are counted and who a visit charges. */
import { describe, expect, it } from 'vitest';
import { defaultRuleSet } from '../../src/rules';
import { caseOf, fineLines, run, taskLines, visit } from './cases';
import { township } from './township';

describe('scenarios: counting repeats', () => {
  const steps = [
    visit('r1', '2026-03-02', 'township', 'individual', '2026-03-03'),
    visit('r2', '2026-03-10', 'township', 'individual', '2026-03-11'),
    visit('r3', '2026-03-15', 'district', 'individual'), // not notified: halved, and no veto
    visit('r4', '2026-03-20', 'township', 'individual', '2026-03-21'),
  ];

  it('per level: township, township, district, township are n = 1, 2, 1, 3', () => {
    const ledger = run([caseOf('RP', ['v1'], '2026-03-01', steps)]);
    // r1: township n1 r0 → 1a task; r2: township n2 r1 → 1b 200/100; r3: district n1 r0 → 1a task;
    // r4: township n3 r2 → 1b 200/100 (it is not the 4th visit of the case, so not 1c).
    expect(fineLines(ledger)).toEqual([
      'r2 p-o1 office_head 1b 10000',
      'r2 p-v1 village_head 1b 20000',
      'r4 p-o1 office_head 1b 10000',
      'r4 p-v1 village_head 1b 20000',
    ]);
    // Task deadlines: visit + 30 days (03-02 → 04-01, 03-15 → 04-14).
    expect(taskLines(ledger)).toEqual(['r1 v1 1a 2026-04-01', 'r3 v1 1a 2026-04-14']);
    expect(ledger.fines.find((f) => f.visitId === 'r4')?.repeats).toBe(2);
  });

  it('"all levels" counting (a township option): the same visits are r = 0, 1, 2, 3', () => {
    const allLevels = { ...defaultRuleSet(), repeatCounting: 'all_levels' as const };
    const ledger = run([caseOf('RP', ['v1'], '2026-03-01', steps)], { ruleVersions: [allLevels] });
    // r2 r1 1b 200/100; r3 r2 1b halved (no notice): 100/50; r4 r3 1c 400/200 +LC 200 (lc-a, lc-b).
    expect(fineLines(ledger)).toEqual([
      'r2 p-o1 office_head 1b 10000',
      'r2 p-v1 village_head 1b 20000',
      'r3 p-o1 office_head 1b 5000',
      'r3 p-v1 village_head 1b 10000',
      'r4 lc-a leading_cadre 1c 20000',
      'r4 lc-b leading_cadre 1c 20000',
      'r4 p-o1 office_head 1c 20000',
      'r4 p-v1 village_head 1c 40000',
    ]);
    expect(taskLines(ledger)).toEqual(['r1 v1 1a 2026-04-01']);
  });

  it('forms share a level: a collective township visit after an individual one is repeats 1, so 2b, not 2a', () => {
    // Reading: domain.md counts "among the case's visits at the same level", whatever their form.
    const ledger = run([
      caseOf('FM', ['v1'], '2026-03-01', [
        visit('fm1', '2026-03-02', 'township', 'individual', '2026-03-03'), // 1a
        visit('fm2', '2026-03-05', 'township', 'collective', '2026-03-06'), // r1 → 2b 300/200
      ]),
    ]);
    expect(fineLines(ledger)).toEqual(['fm2 p-o1 office_head 2b 20000', 'fm2 p-v1 village_head 2b 30000']);
    expect(taskLines(ledger)).toEqual(['fm1 v1 1a 2026-04-01']);
  });
});

describe('scenarios: who is charged', () => {
  it('a cadre who liaises with both a village and its office is charged once per visit', () => {
    const org = township({ extra: [{ personId: 'lc-d', role: 'liaison', unitId: 'v3' }] });
    const ledger = run(
      [
        caseOf('LC', ['v3'], '2026-03-01', [
          visit('l1', '2026-03-02', 'township', 'individual', '2026-03-03'), // 1a
          visit('l2', '2026-03-09', 'township', 'individual', '2026-03-10'), // 1b
          visit('l3', '2026-03-16', 'township', 'individual', '2026-03-17'), // 1b
          visit('l4', '2026-03-23', 'township', 'individual', '2026-03-24'), // 1c: 400/200, lc-d 200 once
        ]),
      ],
      { org },
    );
    expect(fineLines(ledger)).toEqual([
      'l2 p-o2 office_head 1b 10000',
      'l2 p-v3 village_head 1b 20000',
      'l3 p-o2 office_head 1b 10000',
      'l3 p-v3 village_head 1b 20000',
      'l4 lc-d leading_cadre 1c 20000',
      'l4 p-o2 office_head 1c 20000',
      'l4 p-v3 village_head 1c 40000',
    ]);
  });

  it("an office's own case charges its secretary and its liaison cadre, not a cadre who liaises only with one of its villages", () => {
    const ledger = run([
      caseOf('OF', ['o1'], '2026-03-01', [visit('o1v', '2026-03-02', 'province', 'individual', '2026-03-03')]),
    ]);
    // 4a: office 400, +LC lc-a 400; lc-b liaises with v1 only.
    expect(fineLines(ledger)).toEqual(['o1v lc-a leading_cadre 4a 40000', 'o1v p-o1 office_head 4a 40000']);
  });

  it('the village secretary on the visit date is charged when the secretary changes on 2026-07-01', () => {
    const org = township({
      replaceMain: ['v1'],
      extra: [
        { personId: 'p-v1', role: 'main', unitId: 'v1', from: '2019-01-01', to: '2026-06-30' },
        { personId: 'p-v1b', role: 'main', unitId: 'v1', from: '2026-07-01' },
      ],
    });
    const ledger = run(
      [
        caseOf('SC', ['v1'], '2026-06-10', [
          visit('s1', '2026-06-30', 'city', 'individual', '2026-07-01'), // 2b r0: old secretary's last day
          visit('s2', '2026-07-01', 'city', 'individual', '2026-07-02'), // 2b r1: new secretary's first day
        ]),
      ],
      { org },
    );
    expect(fineLines(ledger)).toEqual([
      's1 p-o1 office_head 2b 20000',
      's1 p-v1 village_head 2b 30000',
      's2 p-o1 office_head 2b 20000',
      's2 p-v1b village_head 2b 30000',
    ]);
  });
});
