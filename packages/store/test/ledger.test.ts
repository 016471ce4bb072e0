import { defaultRuleSet, evaluate, type CaseEvent, type CaseRecord, type Org } from '@xinfang/domain';
import { describe, expect, it } from 'vitest';
import { LedgerAlreadyReversedError, LedgerRepository, projectLedger, recordStoreCalls } from '../src';
import { useEmbeddedTable } from './support';

const table = useEmbeddedTable();
const meta = { evaluatedAt: '2026-07-01T00:00:00.000Z', evaluatedBy: 'u-admin' };

const org: Org = {
  township: { id: 'twn-l', name: '西发镇', districtId: 'd1', population: 0 },
  units: [
    { id: 'o1', name: '城关办事处', kind: 'office', population: 0 },
    { id: 'v1', name: '东村', kind: 'village', officeId: 'o1', population: 0 },
  ],
  people: [
    { id: 'p-o', name: '张主任', financePaid: true, leadingCadre: false },
    { id: 'p-v', name: '刘书记', financePaid: false, leadingCadre: false },
  ],
  assignments: [
    { id: 'a1', personId: 'p-o', role: 'main', unitId: 'o1', from: '2020-01-01' },
    { id: 'a2', personId: 'p-v', role: 'main', unitId: 'v1', from: '2020-01-01' },
  ],
};

const visit = (seq: number, on: string, visitId: string): CaseEvent => ({
  seq,
  kind: 'visit',
  on,
  visitId,
  channel: 'visit',
  level: 'township',
  form: 'individual',
  headcount: 1,
});
const caseWith = (visits: number): CaseRecord => ({
  id: 'c1',
  townshipId: 'twn-l',
  events: [
    {
      seq: 1,
      kind: 'registered',
      on: '2026-03-02',
      caseType: 'appeal',
      category: '土地',
      summary: '宅基地纠纷',
      originUnitId: 'v1',
      responsibleUnitIds: ['v1'],
    },
    { seq: 2, kind: 'accepted', on: '2026-03-03' },
    ...['2026-03-04', '2026-03-09', '2026-03-16'].slice(0, visits).map((on, i) => visit(3 + i, on, `vis${i + 1}`)),
  ],
});

const project = (visits: number) =>
  projectLedger(
    evaluate({
      ruleVersions: [defaultRuleSet()],
      org,
      cases: [caseWith(visits)],
      period: { from: '2026-01-01', to: '2026-06-30' },
    }),
    meta,
  );

describe('ledger projection', () => {
  it('converges: evaluating twice yields the same entries and rewrites nothing the second time', async () => {
    const ledger = new LedgerRepository(table.store());
    const { summary, entries } = project(3);
    const first = await ledger.writeEvaluation('twn-l', summary, entries);
    const stored = await ledger.read('twn-l', summary.periodKey);
    const second = await ledger.writeEvaluation('twn-l', summary, project(3).entries);
    expect(first.written).toBe(entries.length);
    expect(second).toEqual({ written: 0, unchanged: entries.length, retracted: 0 });
    const again = await ledger.read('twn-l', summary.periodKey);
    expect(again?.entries).toEqual(stored?.entries);
    expect(again?.entries.filter((e) => e.kind === 'fine').map((e) => [e.entryId, e.amountFen])).toEqual([
      ['fine:c1:vis2:p-o', 5000],
      ['fine:c1:vis2:p-v', 10000],
      ['fine:c1:vis3:p-o', 5000],
      ['fine:c1:vis3:p-v', 10000],
    ]);
    expect((await ledger.listPeriods('twn-l')).map((p) => p.periodKey)).toEqual(['2026-01-01_2026-06-30']);
  });

  it('keeps a reversal through re-evaluation, and refuses a second reversal of the same entry', async () => {
    const ledger = new LedgerRepository(table.store());
    const { summary, entries } = project(3);
    await ledger.writeEvaluation('twn-l', summary, entries);
    const reversal = {
      reversalId: 'rev:fine:c1:vis3:p-v',
      reversesId: 'fine:c1:vis3:p-v',
      kind: 'fine' as const,
      personId: 'p-v',
      unitId: 'v1',
      amountFen: -10000,
      reason: '登记错误',
      at: meta.evaluatedAt,
      by: 'u-admin',
    };
    await ledger.reverse('twn-l', summary.periodKey, reversal);
    await expect(ledger.reverse('twn-l', summary.periodKey, reversal)).rejects.toBeInstanceOf(
      LedgerAlreadyReversedError,
    );
    await ledger.writeEvaluation('twn-l', summary, project(3).entries);
    const stored = await ledger.read('twn-l', summary.periodKey);
    expect(stored?.reversals).toEqual([reversal]);
    expect(stored?.entries.find((e) => e.entryId === 'fine:c1:vis3:p-v')).toMatchObject({
      amountFen: 10000,
      active: true,
    });
  });

  it('never deletes: an entry the evaluation no longer produces stays, marked inactive', async () => {
    const ledger = new LedgerRepository(table.store());
    const { summary } = project(3);
    await ledger.writeEvaluation('twn-l', summary, project(3).entries);
    const calls = recordStoreCalls(table.store().client);
    const result = await ledger.writeEvaluation('twn-l', summary, project(2).entries);
    expect(result.retracted).toBe(2);
    expect(calls.calls.map((c) => c.command)).not.toEqual(expect.arrayContaining(['Scan']));
    expect(calls.calls.map((c) => c.command)).not.toEqual(expect.arrayContaining(['DeleteItem']));
    expect(calls.calls.length).toBeGreaterThan(0);
    const stored = await ledger.read('twn-l', summary.periodKey);
    expect(stored?.entries.filter((e) => !e.active).map((e) => e.entryId)).toEqual([
      'fine:c1:vis3:p-o',
      'fine:c1:vis3:p-v',
    ]);
  });
});
