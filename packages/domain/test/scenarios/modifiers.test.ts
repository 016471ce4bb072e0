/** Hand-computed scenarios for the modifiers: no district notice, late, rectification missed (in that order). */
import { describe, expect, it } from 'vitest';
import { defaultRuleSet } from '../../src/rules';
import { caseOf, fineLines, run, visit } from './cases';

describe('scenarios: no district notice halves', () => {
  it('halves 2b, 3a, 4a and 4b amounts, including odd yuan amounts (1500 → 750)', () => {
    const ledger = run([
      caseOf('N1', ['v1'], '2026-03-01', [visit('n1', '2026-03-02', 'city', 'individual')]), // 2b 300/200 → 150/100
      caseOf('N2', ['v1'], '2026-03-01', [
        visit('n2a', '2026-03-02', 'province', 'individual'), // 4a 600/400 → 300/200, +LC 200
        visit('n2b', '2026-03-12', 'province', 'individual'), // 4a
        visit('n2c', '2026-03-22', 'province', 'individual'), // 4b 1500/600 → 750/300, +LC 300
      ]),
      caseOf('N3', ['v2'], '2026-03-01', [visit('n3', '2026-03-02', 'city', 'collective')]), // 3a 500/300 → 250/150, lc-a 150
      caseOf('N4', ['v2'], '2026-03-01', [visit('n4', '2026-03-02', 'city', 'collective', '2026-03-05')]), // notified: 500/300
    ]);
    expect(fineLines(ledger)).toEqual([
      'n1 p-o1 office_head 2b 10000',
      'n1 p-v1 village_head 2b 15000',
      'n2a lc-a leading_cadre 4a 20000',
      'n2a lc-b leading_cadre 4a 20000',
      'n2a p-o1 office_head 4a 20000',
      'n2a p-v1 village_head 4a 30000',
      'n2b lc-a leading_cadre 4a 20000',
      'n2b lc-b leading_cadre 4a 20000',
      'n2b p-o1 office_head 4a 20000',
      'n2b p-v1 village_head 4a 30000',
      'n2c lc-a leading_cadre 4b 30000 criticism_notice',
      'n2c lc-b leading_cadre 4b 30000 criticism_notice',
      'n2c p-o1 office_head 4b 30000 criticism_notice',
      'n2c p-v1 village_head 4b 75000 criticism_notice',
      'n3 lc-a leading_cadre 3a 15000',
      'n3 p-o1 office_head 3a 15000',
      'n3 p-v2 village_head 3a 25000',
      'n4 lc-a leading_cadre 3a 30000',
      'n4 p-o1 office_head 3a 30000',
      'n4 p-v2 village_head 3a 50000',
    ]);
    const n1 = ledger.fines.find((f) => f.visitId === 'n1' && f.personId === 'p-v1');
    expect(n1?.baseFen).toBe(30000);
    expect(n1?.modifiers.map((m) => m.id)).toEqual(['no_notice']);
  });

  it('an odd number of fen is halved to a whole fen (reading: rounded half up, 四舍五入)', () => {
    const base = defaultRuleSet();
    const odd = {
      ...base,
      penaltyRows: base.penaltyRows.map((r) =>
        r.id === '1b' ? { ...r, amounts: { officeHeadFen: 10001, villageHeadFen: 20001 } } : r,
      ),
    };
    const ledger = run(
      [
        caseOf('ODD', ['v1'], '2026-03-01', [
          visit('o1', '2026-03-02', 'township', 'individual'),
          visit('o2', '2026-03-10', 'township', 'individual'), // 1b: 20001 / 2 = 10000.5 → 10001; 10001 / 2 = 5000.5 → 5001
        ]),
      ],
      { ruleVersions: [odd] },
    );
    expect(fineLines(ledger)).toEqual(['o2 p-o1 office_head 1b 5001', 'o2 p-v1 village_head 1b 10001']);
  });
});

describe('scenarios: late (past 60 days from acceptance, unresolved)', () => {
  // Accepted 2026-01-05: 26 days to 01-31, 28 more to 02-28 (54), 6 more → deadline 2026-03-06.
  // Reading: the deadline day itself is still in time; "past" starts on 03-07.
  const acc = '2026-01-05';
  it('rows 3 and 4 add 诫勉谈话 to everyone charged; row 5 adds 停职检查, and 党纪政纪处分 with the serious-impact flag', () => {
    const ledger = run([
      caseOf('LA', ['v1'], acc, [visit('la', '2026-03-07', 'city', 'collective', '2026-03-08')]), // 3a late
      caseOf('LB', ['v1'], acc, [visit('lb', '2026-03-06', 'city', 'collective', '2026-03-08')]), // 3a on the deadline day
      caseOf('LC', ['d1'], acc, [visit('lc', '2026-03-20', 'province', 'individual', '2026-03-21')]), // 4a late
      caseOf('LD', ['v3'], acc, [
        { kind: 'serious_impact', on: '2026-03-10' },
        visit('ld', '2026-03-20', 'national', 'individual', '2026-03-21'),
      ]),
      caseOf('LE', ['v3'], acc, [visit('le', '2026-03-20', 'national', 'individual', '2026-03-21')]), // 5a late, no flag
      caseOf('LH', ['d1'], acc, [visit('lh', '2026-03-20', 'city', 'individual', '2026-03-21')]), // 2b late: row 2 has no late sanction
    ]);
    expect(fineLines(ledger)).toEqual([
      'la lc-a leading_cadre 3a 30000 warning_talk',
      'la lc-b leading_cadre 3a 30000 warning_talk',
      'la p-o1 office_head 3a 30000 warning_talk',
      'la p-v1 village_head 3a 50000 warning_talk',
      'lb lc-a leading_cadre 3a 30000',
      'lb lc-b leading_cadre 3a 30000',
      'lb p-o1 office_head 3a 30000',
      'lb p-v1 village_head 3a 50000',
      'lc lc-c leading_cadre 4a 40000 warning_talk',
      'lc p-d1 office_head 4a 40000 warning_talk',
      'ld lc-d leading_cadre 5a 50000 disciplinary+suspension',
      'ld p-o2 office_head 5a 50000 disciplinary+suspension',
      'ld p-v3 village_head 5a 80000 disciplinary+suspension',
      'le lc-d leading_cadre 5a 50000 suspension',
      'le p-o2 office_head 5a 50000 suspension',
      'le p-v3 village_head 5a 80000 suspension',
      'lh p-d1 office_head 2b 20000',
    ]);
  });

  it('a granted extension moves the deadline, and a resolved case is never late', () => {
    const ledger = run([
      // 03-06 + 30 days extension = 04-05: a visit on 03-20 is in time.
      caseOf('LF', ['v2'], acc, [
        { kind: 'extension', on: '2026-02-20', days: 30 },
        visit('lf', '2026-03-20', 'city', 'collective', '2026-03-21'),
      ]),
      caseOf('LG', ['v2'], acc, [
        { kind: 'resolved', on: '2026-03-01' },
        visit('lg', '2026-03-20', 'city', 'collective', '2026-03-21'),
      ]),
    ]);
    expect(fineLines(ledger)).toEqual([
      'lf lc-a leading_cadre 3a 30000',
      'lf p-o1 office_head 3a 30000',
      'lf p-v2 village_head 3a 50000',
      'lg lc-a leading_cadre 3a 30000',
      'lg p-o1 office_head 3a 30000',
      'lg p-v2 village_head 3a 50000',
    ]);
  });
});

describe('scenarios: rectification missed (30 days after the first penalised visit, unresolved)', () => {
  // All accepted 2026-04-01 (resolution deadline 05-31, so nothing here is late). Penalised visit on 04-05
  // sets the rectification deadline 04-05 + 30 = 05-05; a visit on 05-05 is in time, 05-06 is after it.
  const acc = '2026-04-01';
  const first = (id: string) => visit(id, '2026-04-05', 'city', 'individual', '2026-04-06'); // 2b r0: 300/200
  it('doubles the later visit and adds 约谈 + 通报批评; on the deadline day nothing is doubled', () => {
    const ledger = run([
      caseOf('RA', ['v1'], acc, [first('ra1'), visit('ra2', '2026-05-06', 'city', 'individual', '2026-05-07')]), // 2b ×2: 600/400
      caseOf('RB', ['v2'], acc, [first('rb1'), visit('rb2', '2026-05-05', 'city', 'individual', '2026-05-06')]), // 2b: 300/200
    ]);
    expect(fineLines(ledger)).toEqual([
      'ra1 p-o1 office_head 2b 20000',
      'ra1 p-v1 village_head 2b 30000',
      'ra2 p-o1 office_head 2b 40000 admonition+criticism_notice',
      'ra2 p-v1 village_head 2b 60000 admonition+criticism_notice',
      'rb1 p-o1 office_head 2b 20000',
      'rb1 p-v2 village_head 2b 30000',
      'rb2 p-o1 office_head 2b 20000',
      'rb2 p-v2 village_head 2b 30000',
    ]);
  });

  it('with no district notice: × 0.5 then × 2 (300 → 150 → 300)', () => {
    const ledger = run([caseOf('RC', ['v1'], acc, [first('rc1'), visit('rc2', '2026-05-06', 'city', 'individual')])]);
    expect(fineLines(ledger)).toEqual([
      'rc1 p-o1 office_head 2b 20000',
      'rc1 p-v1 village_head 2b 30000',
      'rc2 p-o1 office_head 2b 20000 admonition+criticism_notice',
      'rc2 p-v1 village_head 2b 30000 admonition+criticism_notice',
    ]);
    const rc2 = ledger.fines.find((f) => f.visitId === 'rc2' && f.personId === 'p-v1');
    expect(rc2?.modifiers.map((m) => m.id)).toEqual(['no_notice', 'rectification']);
  });

  it('no doubling when the case was resolved or the earlier visit was not penalised; a newer penalised visit does not reset the deadline', () => {
    const ledger = run([
      caseOf('RD', ['v1'], acc, [
        first('rd1'),
        { kind: 'resolved', on: '2026-05-01' },
        visit('rd2', '2026-05-06', 'city', 'individual', '2026-05-07'),
      ]),
      // re1 (04-05) → deadline 05-05; re2 (04-25) would set 05-25, but re1's missed 05-05 stays: re3 (05-20) ×2.
      caseOf('RE', ['v2'], acc, [
        first('re1'),
        visit('re2', '2026-04-25', 'city', 'individual', '2026-04-26'),
        visit('re3', '2026-05-20', 'city', 'individual', '2026-05-21'),
      ]),
      // rf1 is 1a (a task, no fine), so rf2 (1b) has no rectification deadline to miss.
      caseOf('RF', ['v3'], acc, [
        visit('rf1', '2026-04-05', 'township', 'individual', '2026-04-06'),
        visit('rf2', '2026-05-10', 'township', 'individual', '2026-05-11'),
      ]),
    ]);
    expect(fineLines(ledger)).toEqual([
      'rd1 p-o1 office_head 2b 20000',
      'rd1 p-v1 village_head 2b 30000',
      'rd2 p-o1 office_head 2b 20000',
      'rd2 p-v1 village_head 2b 30000',
      're1 p-o1 office_head 2b 20000',
      're1 p-v2 village_head 2b 30000',
      're2 p-o1 office_head 2b 20000',
      're2 p-v2 village_head 2b 30000',
      're3 p-o1 office_head 2b 40000 admonition+criticism_notice',
      're3 p-v2 village_head 2b 60000 admonition+criticism_notice',
      'rf2 p-o2 office_head 1b 10000',
      'rf2 p-v3 village_head 1b 20000',
    ]);
  });

  it('sanctions go to every person charged, +LC included, and 通报批评 is not given twice', () => {
    const ledger = run([
      // 4a 600/400 +LC 400; rg2 35 days later: 4a r1 × 2 = 1200/800, +LC 800.
      caseOf('RG', ['v1'], acc, [
        visit('rg1', '2026-04-05', 'province', 'individual', '2026-04-06'),
        visit('rg2', '2026-05-10', 'province', 'individual', '2026-05-11'),
      ]),
    ]);
    expect(fineLines(ledger).filter((l) => l.startsWith('rg2'))).toEqual([
      'rg2 lc-a leading_cadre 4a 80000 admonition+criticism_notice',
      'rg2 lc-b leading_cadre 4a 80000 admonition+criticism_notice',
      'rg2 p-o1 office_head 4a 80000 admonition+criticism_notice',
      'rg2 p-v1 village_head 4a 120000 admonition+criticism_notice',
    ]);
    // 4b (通报批评 of its own) doubled: 1500 × 2 = 3000 / 600 × 2 = 1200.
    const rh = run([
      caseOf('RH', ['v1'], acc, [
        visit('rh1', '2026-04-05', 'province', 'individual', '2026-04-06'),
        visit('rh2', '2026-04-15', 'province', 'individual', '2026-04-16'),
        visit('rh3', '2026-05-20', 'province', 'individual', '2026-05-21'),
      ]),
    ]);
    expect(fineLines(rh).filter((l) => l.startsWith('rh3 p-'))).toEqual([
      'rh3 p-o1 office_head 4b 120000 admonition+criticism_notice',
      'rh3 p-v1 village_head 4b 300000 admonition+criticism_notice',
    ]);
  });
});

describe('scenarios: all three modifiers on one visit', () => {
  it('a late, un-notified row-3 visit after a missed rectification: × 0.5, 诫勉谈话, × 2 with 约谈 + 通报批评', () => {
    // Accepted 01-05 → resolution deadline 03-06. ma (02-01) is penalised → rectification deadline 03-03.
    // mb (03-20): 3a r1, no notice: 500 → 250 → 500, 300 → 150 → 300; late; after 03-03 with the case open.
    const ledger = run([
      caseOf('MX', ['v1'], '2026-01-05', [
        visit('ma', '2026-02-01', 'city', 'collective', '2026-02-02'),
        visit('mb', '2026-03-20', 'city', 'collective'),
      ]),
    ]);
    expect(fineLines(ledger).filter((l) => l.startsWith('mb'))).toEqual([
      'mb lc-a leading_cadre 3a 30000 admonition+criticism_notice+warning_talk',
      'mb lc-b leading_cadre 3a 30000 admonition+criticism_notice+warning_talk',
      'mb p-o1 office_head 3a 30000 admonition+criticism_notice+warning_talk',
      'mb p-v1 village_head 3a 50000 admonition+criticism_notice+warning_talk',
    ]);
    const mb = ledger.fines.find((f) => f.visitId === 'mb' && f.personId === 'p-v1');
    expect(mb?.modifiers.map((m) => m.id)).toEqual(['no_notice', 'late', 'rectification']);
    expect(mb?.baseFen).toBe(50000);
  });
});
