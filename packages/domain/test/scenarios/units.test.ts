/** Hand-computed scenarios: cases of several units, office-level cases and rewards, notices from above the district. */
import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../src/model';
import { backlogLines, caseOf, fineLines, rewardLines, run, visit } from './cases';
import { township } from './township';

/** The same case with its notices made by the city instead of the district. */
const cityNotices = (c: CaseRecord): CaseRecord => ({
  ...c,
  events: c.events.map((e) => (e.kind === 'notice' ? { ...e, level: 'city' as const } : e)),
});

describe('scenarios: several units, offices, notices from higher up', () => {
  it("a case of a village and a department charges each unit's head: the village and its office, and the department head at the office amount", () => {
    // Reading: with several responsible units every unit's head is charged ("its units" in domain.md are plural).
    const ledger = run([
      caseOf('M', ['v1', 'd1'], '2026-03-01', [visit('m1', '2026-03-02', 'province', 'individual', '2026-03-03')]),
    ]);
    // 4a: v1 600; o1 400; d1 400; +LC 400 for lc-a (o1), lc-b (v1), lc-c (d1).
    expect(fineLines(ledger)).toEqual([
      'm1 lc-a leading_cadre 4a 40000',
      'm1 lc-b leading_cadre 4a 40000',
      'm1 lc-c leading_cadre 4a 40000',
      'm1 p-d1 office_head 4a 40000',
      'm1 p-o1 office_head 4a 40000',
      'm1 p-v1 village_head 4a 60000',
    ]);
  });

  it("an office's own visit takes the office's reward but not its villages'", () => {
    const ledger = run([caseOf('OV', ['o1'], '2026-03-01', [visit('ov', '2026-03-02', 'township', 'individual')])]);
    // o1 had a visit: no 3000. v1, v2: 2000 each. o2 and v3: 3000 + 2000.
    // Cadres: lc-a (v1, v2), lc-b (v1), lc-d (o2, v3): 1000 each.
    expect(rewardLines(ledger, ['visit_free_office', 'visit_free_village', 'visit_free_cadre'])).toEqual([
      '2026 visit_free_cadre - lc-a 100000',
      '2026 visit_free_cadre - lc-b 100000',
      '2026 visit_free_cadre - lc-d 100000',
      '2026 visit_free_office o2 - 300000',
      '2026 visit_free_village v1 - 200000',
      '2026 visit_free_village v2 - 200000',
      '2026 visit_free_village v3 - 200000',
    ]);
  });

  it('a backlog case of two units rewards the case leader and every unit head; without firstRegisteredOn its registration date counts', () => {
    const org = township({
      extra: [
        { personId: 'lc-b', role: 'case_leader', caseId: 'BM' },
        { personId: 'lc-d', role: 'case_leader', caseId: 'BR' },
      ],
    });
    const ledger = run(
      [
        caseOf('BM', ['v1', 'd1'], '2026-01-10', [{ kind: 'resolved', on: '2026-04-01' }], '2018-04-01'), // 8 years
        caseOf('BR', ['v3'], '2020-03-01', [{ kind: 'resolved', on: '2026-04-01' }]), // registered 2020-03-01: 6 years
      ],
      { org },
    );
    expect(backlogLines(ledger)).toEqual([
      'BM lc-b 100000',
      'BM p-d1 100000',
      'BM p-o1 100000',
      'BM p-v1 100000',
      'BR lc-d 100000',
      'BR p-o2 100000',
      'BR p-v3 100000',
    ]);
  });

  it('a notice by the city counts as a notice "by the district or above": no halving, and a veto', () => {
    // Reading: the seed's 区级通报 is the lowest notice that counts; a higher level's notice counts too.
    const ledger = run([
      cityNotices(caseOf('CN', ['v2'], '2026-03-01', [visit('cn', '2026-03-02', 'city', 'individual', '2026-03-03')])),
    ]);
    expect(fineLines(ledger)).toEqual(['cn p-o1 office_head 2b 20000', 'cn p-v2 village_head 2b 30000']);
    expect(ledger.vetoes.map((v) => `${v.target} ${v.unitId ?? v.personId ?? '?'}`).sort()).toEqual([
      'person p-o1',
      'person p-v2',
      'unit o1',
      'unit v2',
    ]);
  });

  it('the serious-impact flag adds 党纪政纪处分 only on row 5; on a late row-3 visit it adds nothing', () => {
    const ledger = run([
      caseOf('SI', ['d1'], '2026-01-05', [
        { kind: 'serious_impact', on: '2026-03-10' },
        visit('si', '2026-03-20', 'city', 'collective', '2026-03-21'),
      ]),
    ]);
    expect(fineLines(ledger)).toEqual([
      'si lc-c leading_cadre 3a 30000 warning_talk',
      'si p-d1 office_head 3a 30000 warning_talk',
    ]);
  });

  it('payment: a notice dated on a holiday (2026-10-03) counts from the next working days 10-08, 10-09, 10-10', () => {
    const ledger = run(
      [caseOf('PH', ['v1'], '2026-09-10', [visit('ph', '2026-09-10', 'city', 'individual', '2026-09-11')])],
      {
        period: { from: '2026-09-01', to: '2026-09-30' },
        noticeDate: '2026-10-03',
      },
    );
    const due = (id: string) => ledger.totals.byPerson.find((p) => p.personId === id)?.dueOn;
    expect([due('p-o1'), due('p-v1')]).toEqual(['2026-10-10', '2026-10-31']);
  });
});
