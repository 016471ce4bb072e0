import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import type { StoreClients } from '../client';
import { LedgerEntry, ledgerKeys, type LedgerReversal, type LedgerSummary } from '../ledger/ledger-items';
import { TenancyRepository } from '../tenancy/tenancy-repository';
import { bumpStatisticsVersion } from './statistics-version';

/** A ledger entry as the statistics keep it: the stored entry without the evaluator's detail, and which evaluation wrote it. */
export const MoneyLine = LedgerEntry.omit({ detail: true, active: true }).extend({ periodKey: z.string() });
export type MoneyLine = z.infer<typeof MoneyLine>;

/**
 * What the reports and the district comparison show of a township month's money, net of reversals: kept on the
 * money item beside its lines (recomputed from them at every write, so a replay converges) and read without them.
 */
export const MoneyTotals = z.object({
  /** Fines, net of their reversals. */
  finesFen: z.number().int(),
  /** Fines not reversed. */
  fines: z.number().int().nonnegative(),
  rewardsFen: z.number().int(),
  /** Vetoes not reversed. */
  vetoes: z.number().int().nonnegative(),
  /** Retrieval tasks not reversed. */
  tasks: z.number().int().nonnegative(),
  /** Unit id → fines charged to the unit, net of their reversals. */
  unitFinesFen: z.record(z.string(), z.number().int()),
});
export type MoneyTotals = z.infer<typeof MoneyTotals>;

/** The totals of some lines (a month's, or those of a week) and the reversals made against them. */
export function moneyTotals(lines: Iterable<MoneyLine>, reversed: Readonly<Record<string, number>>): MoneyTotals {
  const out: MoneyTotals = { finesFen: 0, fines: 0, rewardsFen: 0, vetoes: 0, tasks: 0, unitFinesFen: {} };
  for (const line of lines) {
    const reversal = reversed[line.entryId];
    const net = line.amountFen + (reversal ?? 0);
    if (line.kind === 'fine') {
      out.finesFen += net;
      if (line.unitId) out.unitFinesFen[line.unitId] = (out.unitFinesFen[line.unitId] ?? 0) + net;
    }
    if (line.kind === 'reward') out.rewardsFen += net;
    if (reversal !== undefined) continue;
    if (line.kind === 'fine') out.fines += 1;
    if (line.kind === 'veto') out.vetoes += 1;
    if (line.kind === 'task') out.tasks += 1;
  }
  return out;
}

/** The sum of several months' totals. */
export function addMoneyTotals(list: Iterable<MoneyTotals>): MoneyTotals {
  const out: MoneyTotals = { finesFen: 0, fines: 0, rewardsFen: 0, vetoes: 0, tasks: 0, unitFinesFen: {} };
  for (const t of list) {
    out.finesFen += t.finesFen;
    out.fines += t.fines;
    out.rewardsFen += t.rewardsFen;
    out.vetoes += t.vetoes;
    out.tasks += t.tasks;
    for (const [unitId, fen] of Object.entries(t.unitFinesFen))
      out.unitFinesFen[unitId] = (out.unitFinesFen[unitId] ?? 0) + fen;
  }
  return out;
}

/**
 * The ledger's money of one township month: the active entries dated in the month (fines and retrieval tasks by
 * their visit's date, rewards and vetoes on the year's last day) and the reversals made against them. Written
 * when a period is evaluated (`writeLedgerMoney`) or an entry is reversed (`writeLedgerReversal`), never on a read.
 */
export const TownshipMonthMoney = z.object({
  districtId: z.string(),
  townshipId: z.string(),
  month: z.string(),
  version: z.number().int(),
  lines: z.record(z.string(), MoneyLine),
  /** Entry id → the reversal's (negated) amount. Evaluation never touches these. */
  reversed: z.record(z.string(), z.number().int()),
  /** `moneyTotals` of the lines and reversals; absent on items written before 2026-11-30 (computed when read). */
  totals: MoneyTotals.optional(),
});
export type TownshipMonthMoney = z.infer<typeof TownshipMonthMoney>;

/** A money item read without its lines: what reports of whole months and the district comparison need. */
export const TownshipMonthMoneyTotals = TownshipMonthMoney.pick({
  districtId: true,
  townshipId: true,
  month: true,
}).extend({ totals: MoneyTotals });
export type TownshipMonthMoneyTotals = z.infer<typeof TownshipMonthMoneyTotals>;

/** The money item's totals: as stored, or computed from its lines for an item written before they were kept. */
export const totalsOf = (m: TownshipMonthMoney): TownshipMonthMoneyTotals => ({
  districtId: m.districtId,
  townshipId: m.townshipId,
  month: m.month,
  totals: m.totals ?? moneyTotals(Object.values(m.lines), m.reversed),
});

export const moneyKeys = {
  pk: (districtId: string, month: string) => `D#${districtId}#STATS#${month}`,
  sk: (townshipId: string) => `T#${townshipId}#MONEY`,
};

/** `YYYY-MM` of every month from `from`'s to `to`'s, in order. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  for (let month = from.slice(0, 7); month <= to.slice(0, 7); month = `${y}-${String(m).padStart(2, '0')}`) {
    out.push(month);
    y += m === 12 ? 1 : 0;
    m = m === 12 ? 1 : m + 1;
  }
  return out;
}

/**
 * Whether an evaluation of `from…to` speaks for a line dated `date` of this kind: fines and tasks are produced by
 * any evaluation whose period holds their visit's date; rewards and vetoes (dated on the year's last day) only by
 * one that covers the whole year, so a month's evaluation never withdraws the year's settlement.
 */
function covers(period: { from: string; to: string }, kind: MoneyLine['kind'], date: string): boolean {
  if (kind === 'fine' || kind === 'task') return period.from <= date && date <= period.to;
  const year = date.slice(0, 4);
  return period.from <= `${year}-01-01` && `${year}-12-31` <= period.to;
}

/** One township month's money item whole (consistent), lines and all. */
export async function readMoney(
  store: StoreClients,
  districtId: string,
  townshipId: string,
  month: string,
): Promise<TownshipMonthMoney | undefined> {
  const out = await store.doc.send(
    new GetCommand({
      TableName: store.tableName,
      Key: { pk: moneyKeys.pk(districtId, month), sk: moneyKeys.sk(townshipId) },
      ConsistentRead: true,
    }),
  );
  return out.Item ? TownshipMonthMoney.parse(out.Item) : undefined;
}

/** Read, change, put conditional on the version read (retried): two evaluations or a reversal may race on one month. */
async function updateMoney(
  store: StoreClients,
  districtId: string,
  townshipId: string,
  month: string,
  change: (m: TownshipMonthMoney) => void,
): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const current = await readMoney(store, districtId, townshipId, month);
    const next: TownshipMonthMoney = structuredClone(
      current ?? { districtId, townshipId, month, version: 0, lines: {}, reversed: {} },
    );
    change(next);
    next.totals = moneyTotals(Object.values(next.lines), next.reversed);
    if (current && JSON.stringify(next) === JSON.stringify(current)) return;
    next.version = (current?.version ?? 0) + 1;
    try {
      await store.doc.send(
        new PutCommand({
          TableName: store.tableName,
          Item: {
            pk: moneyKeys.pk(districtId, month),
            sk: moneyKeys.sk(townshipId),
            type: 'township_month_money',
            ...next,
          },
          ConditionExpression: current ? 'version = :v' : 'attribute_not_exists(pk)',
          ...(current ? { ExpressionAttributeValues: { ':v': current.version } } : {}),
        }),
      );
      await bumpStatisticsVersion(store, districtId, townshipId);
      return;
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException) || attempt >= 10) throw error;
    }
  }
}

const VetoVisits = z.object({ visits: z.array(z.object({ visitDate: z.string() })).min(1) });

/**
 * The date a line is kept under: the entry's date, except a veto, which the ledger dates on the year's last day
 * but which a month's report shows in the month of the visit that incurred it.
 */
export function moneyLineDate(e: Pick<LedgerEntry, 'kind' | 'date' | 'detail'>): string {
  if (e.kind !== 'veto') return e.date;
  const parsed = VetoVisits.safeParse(e.detail);
  return parsed.success ? (parsed.data.visits.map((v) => v.visitDate).sort()[0] ?? e.date) : e.date;
}

const districtOf = async (store: StoreClients, townshipId: string) =>
  (await new TenancyRepository(store).getTownship(townshipId))?.districtId;

/**
 * Called at the end of `LedgerRepository.writeEvaluation`: the evaluation's active entries go into the months of
 * their dates; lines the evaluation speaks for (see `covers`) but no longer produces leave. Deterministic from
 * the stored entries, so running it again converges. A township without a district record has no statistics.
 */
export async function writeLedgerMoney(
  store: StoreClients,
  townshipId: string,
  summary: Pick<LedgerSummary, 'periodKey' | 'from' | 'to'>,
  entries: readonly LedgerEntry[],
): Promise<void> {
  const districtId = await districtOf(store, townshipId);
  if (!districtId) return;
  const active = entries.filter((e) => e.active).map((e) => ({ ...e, date: moneyLineDate(e) }));
  const months = new Set([...monthsBetween(summary.from, summary.to), ...active.map((e) => e.date.slice(0, 7))]);
  for (const month of [...months].sort()) {
    const produced = active.filter((e) => e.date.slice(0, 7) === month);
    await updateMoney(store, districtId, townshipId, month, (m) => {
      for (const [id, line] of Object.entries(m.lines)) if (covers(summary, line.kind, line.date)) delete m.lines[id];
      for (const e of produced) {
        const { detail: _detail, active: _active, ...line } = e;
        m.lines[e.entryId] = { ...line, periodKey: summary.periodKey };
      }
    });
  }
}

/** Called after `LedgerRepository.reverse`: the reversal is kept in the month of the entry it cancels. */
export async function writeLedgerReversal(
  store: StoreClients,
  townshipId: string,
  periodKey: string,
  reversal: Pick<LedgerReversal, 'reversesId' | 'amountFen'>,
): Promise<void> {
  const districtId = await districtOf(store, townshipId);
  const entry = await store.doc.send(
    new GetCommand({
      TableName: store.tableName,
      Key: { pk: ledgerKeys.period(townshipId, periodKey), sk: ledgerKeys.entry(reversal.reversesId) },
      ConsistentRead: true,
    }),
  );
  const parsed = LedgerEntry.safeParse(entry.Item);
  const date = parsed.success ? moneyLineDate(parsed.data) : undefined;
  if (!districtId || !date) return;
  await updateMoney(store, districtId, townshipId, date.slice(0, 7), (m) => {
    m.reversed[reversal.reversesId] = reversal.amountFen;
  });
}

/**
 * Called when a confirmed correction writes new entries into an issued period: each joins the month of its date.
 * Unlike `writeLedgerMoney` it withdraws nothing (the entries it corrects stay, netted by their reversals).
 */
export async function writeLedgerLines(
  store: StoreClients,
  townshipId: string,
  periodKey: string,
  entries: readonly LedgerEntry[],
): Promise<void> {
  const districtId = await districtOf(store, townshipId);
  if (!districtId) return;
  const lines = entries.filter((e) => e.active).map((e) => ({ ...e, date: moneyLineDate(e) }));
  for (const month of [...new Set(lines.map((e) => e.date.slice(0, 7)))].sort()) {
    await updateMoney(store, districtId, townshipId, month, (m) => {
      for (const e of lines.filter((x) => x.date.slice(0, 7) === month)) {
        const { detail: _detail, active: _active, ...line } = e;
        m.lines[e.entryId] = { ...line, periodKey };
      }
    });
  }
}
