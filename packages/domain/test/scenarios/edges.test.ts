/** Hand-computed scenarios at the edges: dates, changes of people and units, chains of modifiers. */
import { describe, expect, it } from 'vitest';
import { defaultRuleSet } from '../../src/rules';
import { backlogLines, caseOf, fineLines, run, visit } from './cases';
import { township } from './township';

describe('scenarios: edges', () => {
  it('rectification: a missed deadline stays missed, so every later unresolved visit is doubled', () => {
    const ledger = run([
      caseOf('E1', ['v1'], '2026-04-01', [
        visit('e1a', '2026-04-05', 'city', 'individual', '2026-04-06'), // 2b r0 300/200 → deadline 05-05
        visit('e1b', '2026-05-10', 'city', 'individual', '2026-05-11'), // 2b r1, after 05-05: ×2 600/400 → deadline 06-09
        visit('e1c', '2026-06-05', 'city', 'individual', '2026-06-06'), // 2b r2, still after 05-05: ×2 600/400
        visit('e1d', '2026-07-20', 'city', 'individual', '2026-07-21'), // 2c r3 600/400, after 05-05: ×2 1200/800
      ]),
    ]);
    expect(fineLines(ledger)).toEqual([
      'e1a p-o1 office_head 2b 20000',
      'e1a p-v1 village_head 2b 30000',
      'e1b p-o1 office_head 2b 40000 admonition+criticism_notice',
      'e1b p-v1 village_head 2b 60000 admonition+criticism_notice',
      'e1c p-o1 office_head 2b 40000 admonition+criticism_notice',
      'e1c p-v1 village_head 2b 60000 admonition+criticism_notice',
      'e1d p-o1 office_head 2c 80000 admonition+criticism_notice',
      'e1d p-v1 village_head 2c 120000 admonition+criticism_notice',
    ]);
  });

  it('visits of the previous year count as repeats and set rectification deadlines for this year', () => {
    const ledger = run([
      caseOf('E7', ['v1'], '2025-12-01', [
        visit('e7a', '2025-12-10', 'township', 'individual', '2025-12-11'), // 1a
        visit('e7b', '2025-12-20', 'township', 'individual', '2025-12-21'), // 1b, deadline 2026-01-19 (outside the period)
        visit('e7c', '2026-01-25', 'township', 'individual', '2026-01-26'), // 1b r2 ×2: 400/200
      ]),
    ]);
    expect(fineLines(ledger)).toEqual([
      'e7c p-o1 office_head 1b 20000 admonition+criticism_notice',
      'e7c p-v1 village_head 1b 40000 admonition+criticism_notice',
    ]);
  });

  it('visits on the same day are counted in the order they were recorded', () => {
    const ledger = run([
      caseOf('E2', ['v1'], '2026-03-01', [
        visit('sd1', '2026-03-02', 'township', 'individual', '2026-03-03'), // 1a
        visit('sd2', '2026-03-02', 'township', 'individual', '2026-03-03'), // 1b r1
      ]),
    ]);
    expect(fineLines(ledger)).toEqual(['sd2 p-o1 office_head 1b 10000', 'sd2 p-v1 village_head 1b 20000']);
  });

  it('the liaison cadre charged is the one liaising on the visit date', () => {
    const org = township({
      without: [{ personId: 'lc-b', unitId: 'v1' }],
      extra: [
        { personId: 'lc-b', role: 'liaison', unitId: 'v1', from: '2019-01-01', to: '2026-03-15' },
        { personId: 'lc-c', role: 'liaison', unitId: 'v1', from: '2026-03-16' },
      ],
    });
    const ledger = run(
      [
        caseOf('E3', ['v1'], '2026-03-01', [
          visit('lv1', '2026-03-10', 'province', 'individual', '2026-03-11'), // 4a 600/400, lc-a + lc-b 400
          visit('lv2', '2026-03-20', 'province', 'individual', '2026-03-21'), // 4a, lc-a + lc-c 400
        ]),
      ],
      { org },
    );
    expect(fineLines(ledger).filter((l) => l.includes('leading_cadre'))).toEqual([
      'lv1 lc-a leading_cadre 4a 40000',
      'lv1 lc-b leading_cadre 4a 40000',
      'lv2 lc-a leading_cadre 4a 40000',
      'lv2 lc-c leading_cadre 4a 40000',
    ]);
  });

  it('responsible units changed after routing: a later visit charges the new unit, repeats continue on the case', () => {
    const ledger = run([
      caseOf('E8', ['v1'], '2026-03-01', [
        visit('u1', '2026-03-02', 'city', 'individual', '2026-03-03'), // 2b r0: v1 300, o1 200
        { kind: 'units_changed', on: '2026-03-10', responsibleUnitIds: ['d1'] },
        visit('u2', '2026-03-12', 'city', 'individual', '2026-03-13'), // 2b r1: d1 200
      ]),
    ]);
    expect(fineLines(ledger)).toEqual([
      'u1 p-o1 office_head 2b 20000',
      'u1 p-v1 village_head 2b 30000',
      'u2 p-d1 office_head 2b 20000',
    ]);
  });

  it('a department case with a notified province visit vetoes the department and its head, not the supervising cadre', () => {
    const ledger = run([
      caseOf('E4', ['d1'], '2026-03-01', [visit('dv', '2026-03-02', 'province', 'individual', '2026-03-03')]),
    ]);
    expect(ledger.vetoes.map((v) => `${v.target} ${v.unitId ?? v.personId ?? '?'}`).sort()).toEqual([
      'person p-d1',
      'unit d1',
    ]);
  });

  it('a 领回 recorded after a 1a visit completes its task', () => {
    const ledger = run([
      caseOf('E9', ['v1'], '2026-03-01', [
        visit('rt', '2026-03-02', 'township', 'individual'),
        { kind: 'retrieval', on: '2026-03-05', unitId: 'v1', costFen: 20000 },
      ]),
    ]);
    expect(ledger.retrievalTasks.map((t) => `${t.visitId} ${t.unitId} ${t.deadline} ${t.retrievedOn ?? '-'}`)).toEqual([
      'rt v1 2026-04-01 2026-03-05',
    ]);
  });

  it('extensions add up: 20 + 10 days move the deadline from 03-06 to 04-05', () => {
    const ext = [
      { kind: 'extension' as const, on: '2026-02-01', days: 20 },
      { kind: 'extension' as const, on: '2026-02-20', days: 10 },
    ];
    const ledger = run([
      caseOf('E6a', ['v2'], '2026-01-05', [...ext, visit('ex1', '2026-04-05', 'city', 'collective', '2026-04-06')]), // 3a in time
      caseOf('E6b', ['v2'], '2026-01-05', [...ext, visit('ex2', '2026-04-06', 'city', 'collective', '2026-04-07')]), // 3a late: 诫勉谈话
    ]);
    expect(fineLines(ledger)).toEqual([
      'ex1 lc-a leading_cadre 3a 30000',
      'ex1 p-o1 office_head 3a 30000',
      'ex1 p-v2 village_head 3a 50000',
      'ex2 lc-a leading_cadre 3a 30000 warning_talk',
      'ex2 p-o1 office_head 3a 30000 warning_talk',
      'ex2 p-v2 village_head 3a 50000 warning_talk',
    ]);
  });

  it('extensions beyond the 30-day cap (20 + 20) count up to the cap, are reported, and the visits are still judged', () => {
    // By hand the 04-10 collective city visit is 3a (500/300, +LC 300) with 诫勉谈话 (deadline capped at 04-05).
    const ledger = run([
      caseOf('E6', ['v2'], '2026-01-05', [
        { kind: 'extension', on: '2026-02-01', days: 20 },
        { kind: 'extension', on: '2026-02-20', days: 20 },
        visit('ex', '2026-04-10', 'city', 'collective', '2026-04-11'),
      ]),
    ]);
    expect(ledger.warnings.filter((w) => w.caseId === 'E6').map((w) => w.code)).toEqual(['repaired_case']);
    expect(fineLines(ledger)).toEqual([
      'ex lc-a leading_cadre 3a 30000 warning_talk',
      'ex p-o1 office_head 3a 30000 warning_talk',
      'ex p-v2 village_head 3a 50000 warning_talk',
    ]);
  });

  it('a later rule version with a lower extension cap still judges the visits of a case granted a longer extension', () => {
    const base = defaultRuleSet();
    const july = {
      ...defaultRuleSet({ id: 'v-07', effectiveFrom: '2026-07-01' }),
      deadlines: { ...base.deadlines, maxExtensionDays: 20 },
    };
    const ledger = run(
      [
        caseOf('E10', ['v2'], '2026-05-01', [
          { kind: 'extension', on: '2026-06-01', days: 30 }, // granted under the default cap of 30
          visit('xa', '2026-06-10', 'city', 'collective', '2026-06-11'), // 3a r0 under default-2020: 500/300, lc-a 300
          visit('xb', '2026-07-05', 'city', 'collective', '2026-07-06'), // 3a r1 under v-07: 500/300, lc-a 300; not late
        ]),
      ],
      { ruleVersions: [base, july] },
    );
    // By hand xb is fined exactly like xa (deadline 06-30 + the extension: not late on 07-05).
    expect(fineLines(ledger)).toEqual([
      'xa lc-a leading_cadre 3a 30000',
      'xa p-o1 office_head 3a 30000',
      'xa p-v2 village_head 3a 50000',
      'xb lc-a leading_cadre 3a 30000',
      'xb p-o1 office_head 3a 30000',
      'xb p-v2 village_head 3a 50000',
    ]);
  });

  it('a backlog case first registered on 02-29 completes its fifth year on 02-28 of a common year', () => {
    // 民法典 第二百零二条: no corresponding day → the month's last day. 2020-02-29 → 2025-02-28 is 5 whole years,
    // so the case leader and the unit heads get 1000 yuan each; one day earlier it is 4 years and nothing.
    const org = township({
      extra: [
        { personId: 'lc-b', role: 'case_leader', caseId: 'LY' },
        { personId: 'lc-b', role: 'case_leader', caseId: 'LZ' },
      ],
    });
    const period = { from: '2025-01-01', to: '2025-12-31' };
    const ledger = run(
      [
        caseOf('LY', ['v1'], '2025-01-10', [{ kind: 'resolved', on: '2025-02-28' }], '2020-02-29'),
        caseOf('LZ', ['v1'], '2025-01-10', [{ kind: 'resolved', on: '2025-02-27' }], '2020-02-29'),
      ],
      { org, period },
    );
    expect(backlogLines(ledger)).toEqual(['LY lc-b 100000', 'LY p-o1 100000', 'LY p-v1 100000']);
  });

  it('a backlog reward goes to the main persons on the resolution date', () => {
    const org = township({
      replaceMain: ['v1'],
      extra: [
        { personId: 'p-v1', role: 'main', unitId: 'v1', from: '2019-01-01', to: '2026-06-30' },
        { personId: 'p-v1b', role: 'main', unitId: 'v1', from: '2026-07-01' },
        { personId: 'lc-b', role: 'case_leader', caseId: 'E5' },
      ],
    });
    // 2019-03-01 → 2026-08-01: 7 whole years.
    const ledger = run([caseOf('E5', ['v1'], '2026-01-10', [{ kind: 'resolved', on: '2026-08-01' }], '2019-03-01')], {
      org,
    });
    expect(backlogLines(ledger)).toEqual(['E5 lc-b 100000', 'E5 p-o1 100000', 'E5 p-v1b 100000']);
  });
});
