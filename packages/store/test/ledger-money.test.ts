import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import {
  ledgerKeys,
  moneyKeys,
  recordStoreCalls,
  StatisticsRepository,
  TenancyRepository,
  writeLedgerMoney,
  writeLedgerReversal,
  type LedgerEntry,
} from '../src';
import { useEmbeddedTable } from './support';

const ctx = useEmbeddedTable();
const PERIOD = { periodKey: '2026-03-01_2026-03-31', from: '2026-03-01', to: '2026-03-31' };

const entry = (
  e: Pick<LedgerEntry, 'entryId' | 'kind' | 'date' | 'amountFen'> & Partial<LedgerEntry>,
): LedgerEntry => ({
  ruleVersionId: 'v1',
  sanctions: [],
  explanation: '',
  active: true,
  detail: {},
  ...e,
});

describe('ledger money totals on the statistics items', () => {
  it(
    'keeps each month’s totals net of reversals, reads them without the lines, and totals items written before',
    {
      timeout: 60_000,
    },
    async () => {
      const store = ctx.store();
      await new TenancyRepository(store).createTownship(
        { id: 'twn-m', name: '钱镇', districtId: 'd9', population: 1000 },
        '2026-01-01T00:00:00Z',
      );
      const entries = [
        entry({ entryId: 'f1', kind: 'fine', personId: 'p1', unitId: 'u1', date: '2026-03-05', amountFen: 10_000 }),
        entry({ entryId: 'f2', kind: 'fine', personId: 'p2', unitId: 'u1', date: '2026-03-06', amountFen: 5_000 }),
        entry({ entryId: 'f3', kind: 'fine', personId: 'p3', unitId: 'u2', date: '2026-03-07', amountFen: 2_000 }),
        entry({ entryId: 't1', kind: 'task', unitId: 'u2', date: '2026-03-07', amountFen: 0 }),
      ];
      await writeLedgerMoney(store, 'twn-m', PERIOD, entries);
      // f2 reversed in the ledger: its fine no longer counts, and its amount leaves the unit's total.
      await store.doc.send(
        new PutCommand({
          TableName: store.tableName,
          Item: { pk: ledgerKeys.period('twn-m', PERIOD.periodKey), sk: ledgerKeys.entry('f2'), ...entries[1] },
        }),
      );
      await writeLedgerReversal(store, 'twn-m', PERIOD.periodKey, { reversesId: 'f2', amountFen: -5_000 });

      const expected = {
        finesFen: 12_000,
        fines: 2,
        rewardsFen: 0,
        vetoes: 0,
        tasks: 1,
        unitFinesFen: { u1: 10_000, u2: 2_000 },
      };
      const stats = new StatisticsRepository(store);
      const log = recordStoreCalls(store.client);
      expect((await stats.districtMonth('d9', '2026-03')).money.map((m) => m.totals)).toEqual([expected]);
      // One Query: the totals came with its items (none is read again).
      expect(log.calls.map((c) => c.command)).toEqual(['Query']);
      const months = await stats.townshipMonths('d9', 'twn-m', ['2026-03']);
      expect(months.totals.get('2026-03')?.totals).toEqual(expected);
      // Read without lines unless asked for.
      expect(months.money.size).toBe(0);
      const withLines = await stats.townshipMonths('d9', 'twn-m', ['2026-03'], { lines: true });
      expect(Object.keys(withLines.money.get('2026-03')?.lines ?? {}).sort()).toEqual(['f1', 'f2', 'f3', 't1']);
      expect(withLines.totals.get('2026-03')?.totals).toEqual(expected);

      // An item as written before totals were kept: the same totals, from its lines.
      const key = { pk: moneyKeys.pk('d9', '2026-03'), sk: moneyKeys.sk('twn-m') };
      const stored = (await store.doc.send(new GetCommand({ TableName: store.tableName, Key: key }))).Item ?? {};
      expect(stored.totals).toEqual(expected);
      const { totals: _totals, ...old } = stored;
      await store.doc.send(new PutCommand({ TableName: store.tableName, Item: old }));
      log.clear();
      expect((await stats.districtMonth('d9', '2026-03')).money.map((m) => m.totals)).toEqual([expected]);
      // That item is read again whole, once.
      expect(log.calls.map((c) => c.command)).toEqual(['Query', 'GetItem']);
      expect((await stats.townshipMonths('d9', 'twn-m', ['2026-03'])).totals.get('2026-03')?.totals).toEqual(expected);
    },
  );
});
