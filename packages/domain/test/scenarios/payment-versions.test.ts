/**
 * Hand-computed scenarios: payment due dates (四(三)5) over the official 2026 holidays, and a rule
 * version change in the middle of the year.
 *
 * The 2026 schedule (国务院办公厅, published 2025-11): 春节 02-15…02-23 off, 02-14 (Sat) and 02-28 (Sat) worked;
 * 劳动节 05-01…05-05 off, 05-09 (Sat) worked; 国庆 10-01…10-07 off, 09-20 (Sun) and 10-10 (Sat) worked.
 * Reading of "within 3 working days of the notice": the 3rd working day after the notice date.
 */
import { describe, expect, it } from 'vitest';
import { defaultRuleSet } from '../../src/rules';
import { caseOf, fineLines, run, visit } from './cases';

describe('scenarios: payment due dates', () => {
  // One 2b fine each for p-v1 (village secretary, not paid by township finance) and p-o1 (township finance).
  const fined = (on: string) => [caseOf('P', ['v1'], on, [visit('p1', on, 'city', 'individual', on)])];
  const due = (noticeDate: string, period: { from: string; to: string }, on: string) => {
    const ledger = run(fined(on), { noticeDate, period });
    const of = (id: string) => ledger.totals.byPerson.find((p) => p.personId === id)?.dueOn;
    return { office: of('p-o1'), village: of('p-v1'), cadre: of('lc-a') };
  };

  it('notice 2026-09-30: township finance pays by 10-10 (10-08, 10-09, make-up Saturday 10-10); others by 09-30', () => {
    expect(due('2026-09-30', { from: '2026-09-01', to: '2026-09-30' }, '2026-09-10')).toEqual({
      office: '2026-10-10',
      village: '2026-09-30',
      cadre: undefined, // lc-a owes nothing
    });
  });

  it('notice 2026-02-13 (before 春节): 02-14 (make-up Saturday), 02-24, 02-25; others by 02-28', () => {
    expect(due('2026-02-13', { from: '2026-02-01', to: '2026-02-28' }, '2026-02-05')).toMatchObject({
      office: '2026-02-25',
      village: '2026-02-28',
    });
  });

  it('notice 2026-04-30 (before 劳动节): 05-06, 05-07, 05-08; others by 04-30', () => {
    expect(due('2026-04-30', { from: '2026-04-01', to: '2026-04-30' }, '2026-04-10')).toMatchObject({
      office: '2026-05-08',
      village: '2026-04-30',
    });
  });

  it("notice in the next month (2026-10-09): 10-10, 10-12, 10-13; others by the end of the notice's month", () => {
    expect(due('2026-10-09', { from: '2026-09-01', to: '2026-09-30' }, '2026-09-10')).toMatchObject({
      office: '2026-10-13',
      village: '2026-10-31',
    });
  });
});

describe('scenarios: a rule version change in the middle of the year', () => {
  it('each visit is judged by the version in force on its date', () => {
    const base = defaultRuleSet();
    const july = {
      ...defaultRuleSet({ id: 'v-2026-07', name: '2026年7月修订', effectiveFrom: '2026-07-01' }),
      penaltyRows: base.penaltyRows.map((r) =>
        r.id === '1b' ? { ...r, amounts: { officeHeadFen: 15000, villageHeadFen: 25000 } } : r,
      ),
    };
    const ledger = run(
      [
        caseOf('VV', ['v1'], '2026-06-01', [
          visit('x1', '2026-06-10', 'township', 'individual', '2026-06-11'), // 1a
          visit('x2', '2026-06-30', 'township', 'individual', '2026-07-01'), // 1b under default-2020: 200/100
          visit('x3', '2026-07-01', 'township', 'individual', '2026-07-02'), // 1b under v-2026-07: 250/150
        ]),
      ],
      { ruleVersions: [july, base] },
    );
    expect(fineLines(ledger)).toEqual([
      'x2 p-o1 office_head 1b 10000',
      'x2 p-v1 village_head 1b 20000',
      'x3 p-o1 office_head 1b 15000',
      'x3 p-v1 village_head 1b 25000',
    ]);
    expect(ledger.fines.map((f) => `${f.visitId} ${f.ruleVersionId}`).sort()).toEqual([
      'x2 default-2020',
      'x2 default-2020',
      'x3 v-2026-07',
      'x3 v-2026-07',
    ]);
  });
});
