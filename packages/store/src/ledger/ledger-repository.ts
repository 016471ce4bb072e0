import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { StoreClients } from '../client';
import { batchPut } from '../org/batch-put';
import { writeLedgerMoney, writeLedgerReversal } from '../statistics/ledger-money';
import { LedgerAlreadyReversedError } from './ledger-errors';
import { LedgerEntry, LedgerPayment, LedgerReversal, LedgerSummary, ledgerKeys } from './ledger-items';

export interface StoredLedger {
  summary: LedgerSummary;
  entries: LedgerEntry[];
  reversals: LedgerReversal[];
  payments: LedgerPayment[];
}

export interface WriteResult {
  written: number;
  unchanged: number;
  retracted: number;
}

/** JSON with sorted keys: DynamoDB returns map attributes in any order, so plain JSON.stringify cannot compare. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );

const strip = (item: Record<string, unknown>) => {
  const { pk: _pk, sk: _sk, entity: _entity, tenantId: _tenantId, periodKey: _periodKey, ...rest } = item;
  return rest;
};

/**
 * The penalty ledger of a township, one partition per evaluated period. Entries are a projection of the
 * evaluator with its own deterministic ids, so evaluating again overwrites the same keys and converges.
 * Reversals and payments live in the same partition under other prefixes and are never touched by evaluation.
 * Plain lib-dynamodb: items of four shapes in one partition, read by one Query and parsed per prefix.
 */
export class LedgerRepository {
  constructor(private readonly store: StoreClients) {}

  /**
   * Writes an evaluation: new or changed entries are put, unchanged ones skipped, entries the evaluation no
   * longer produces are kept but marked inactive (nothing is deleted from the ledger). Then the summary and
   * the period index. A writer that dies half-way is simply run again.
   */
  async writeEvaluation(tenantId: string, summary: LedgerSummary, entries: LedgerEntry[]): Promise<WriteResult> {
    const pk = ledgerKeys.period(tenantId, summary.periodKey);
    const existing = new Map((await this.read(tenantId, summary.periodKey))?.entries.map((e) => [e.entryId, e]) ?? []);
    const puts: Record<string, unknown>[] = [];
    let unchanged = 0;
    const item = (e: LedgerEntry) => ({ pk, sk: ledgerKeys.entry(e.entryId), entity: 'ledger_entry', tenantId, periodKey: summary.periodKey, ...e });
    for (const e of entries) {
      const before = existing.get(e.entryId);
      existing.delete(e.entryId);
      if (before && canonical(LedgerEntry.parse(e)) === canonical(before)) unchanged += 1;
      else puts.push(item(e));
    }
    const retract = [...existing.values()].filter((e) => e.active);
    for (const e of retract) puts.push(item({ ...e, active: false }));
    await batchPut(this.store, puts);
    await this.put({ pk, sk: ledgerKeys.summary, entity: 'ledger_summary', tenantId, ...summary });
    await this.put({ pk: ledgerKeys.periods(tenantId), sk: `P#${summary.periodKey}`, entity: 'ledger_period', tenantId, ...summary, persons: [], units: [], warnings: [] });
    await writeLedgerMoney(this.store, tenantId, summary, entries);
    return { written: puts.length - retract.length, unchanged, retracted: retract.length };
  }

  /** The whole period: one Query of its partition (paged), items sorted out by their key prefix. */
  async read(tenantId: string, periodKey: string): Promise<StoredLedger | undefined> {
    const rows = await this.queryAll(ledgerKeys.period(tenantId, periodKey));
    let summary: LedgerSummary | undefined;
    const out: Omit<StoredLedger, 'summary'> = { entries: [], reversals: [], payments: [] };
    for (const row of rows) {
      const sk = String(row.sk);
      if (sk === ledgerKeys.summary) summary = LedgerSummary.parse({ ...strip(row), periodKey });
      else if (sk.startsWith('E#')) out.entries.push(LedgerEntry.parse(strip(row)));
      else if (sk.startsWith('R#')) out.reversals.push(LedgerReversal.parse(strip(row)));
      else if (sk.startsWith('PAY#')) out.payments.push(LedgerPayment.parse(strip(row)));
    }
    return summary ? { summary, ...out } : undefined;
  }

  /** Evaluated periods, by period key (from-date first). The summaries here carry no persons, units or warnings. */
  async listPeriods(tenantId: string): Promise<LedgerSummary[]> {
    const rows = await this.queryAll(ledgerKeys.periods(tenantId));
    return rows.map((r) => LedgerSummary.parse({ ...strip(r), periodKey: String(r.sk).slice(2) }));
  }

  /**
   * Every reversal of the township, whatever period it was made in: entry ids name a visit and a person, not a
   * period, so a correction holds in any report that covers the visit. Reads the period index, then each period.
   */
  async allReversals(tenantId: string): Promise<LedgerReversal[]> {
    const out = new Map<string, LedgerReversal>();
    for (const p of await this.listPeriods(tenantId)) {
      const rows = await this.queryAll(ledgerKeys.period(tenantId, p.periodKey), 'R#');
      for (const r of rows) {
        const rev = LedgerReversal.parse(strip(r));
        if (!out.has(rev.reversesId)) out.set(rev.reversesId, rev);
      }
    }
    return [...out.values()];
  }

  /** One reversal per entry (conditional put); a second one is refused. */
  async reverse(tenantId: string, periodKey: string, reversal: LedgerReversal): Promise<void> {
    try {
      await this.store.doc.send(
        new PutCommand({
          TableName: this.store.tableName,
          Item: { pk: ledgerKeys.period(tenantId, periodKey), sk: ledgerKeys.reversal(reversal.reversesId), entity: 'ledger_reversal', tenantId, periodKey, ...reversal },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new LedgerAlreadyReversedError(reversal.reversesId);
      throw error;
    }
    await writeLedgerReversal(this.store, tenantId, periodKey, reversal);
  }

  async recordPayment(tenantId: string, periodKey: string, payment: LedgerPayment): Promise<void> {
    await this.store.doc.send(
      new PutCommand({
        TableName: this.store.tableName,
        Item: { pk: ledgerKeys.period(tenantId, periodKey), sk: ledgerKeys.payment(payment.paymentId), entity: 'ledger_payment', tenantId, periodKey, ...payment },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  private async put(item: Record<string, unknown>): Promise<void> {
    await this.store.doc.send(new PutCommand({ TableName: this.store.tableName, Item: item }));
  }

  private async queryAll(pk: string, skPrefix?: string): Promise<Record<string, unknown>[]> {
    const rows: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.store.doc.send(
        new QueryCommand({
          TableName: this.store.tableName,
          KeyConditionExpression: skPrefix ? 'pk = :pk AND begins_with(sk, :sk)' : 'pk = :pk',
          ExpressionAttributeValues: { ':pk': pk, ...(skPrefix ? { ':sk': skPrefix } : {}) },
          ConsistentRead: true,
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      );
      rows.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start);
    return rows;
  }
}
