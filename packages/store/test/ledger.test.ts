import { describe, expect, it } from 'vitest';
import { LedgerAlreadyReversedError, LedgerRepository, recordStoreCalls } from '../src';
import { projectVillage, villageCase, villageOrg } from './ledger-fixtures';
import { useEmbeddedTable } from './support';

const table = useEmbeddedTable();
const meta = { evaluatedAt: '2026-07-01T00:00:00.000Z', evaluatedBy: 'u-admin' };

const project = (visits: number) =>
  projectVillage({
    org: villageOrg('twn-l'),
    case: villageCase('twn-l', visits),
    period: { from: '2026-01-01', to: '2026-06-30' },
    meta,
  });

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
