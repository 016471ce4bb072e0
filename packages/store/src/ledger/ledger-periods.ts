import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { StoreClients } from '../client';
import { batchPut } from '../org/batch-put';
import { queryAll } from '../query-all';
import { writeLedgerMoney } from '../statistics/ledger-money';
import { LedgerPeriodIssuedError, LedgerPeriodNotFoundError } from './ledger-errors';
import { canonical, failedCondition, getPeriodItem, strip } from './ledger-item-io';
import {
  LedgerEntry,
  LedgerPayment,
  LedgerReversal,
  LedgerSummary,
  ledgerKeys,
  SupplementaryNotice,
} from './ledger-items';

export interface StoredLedger {
  summary: LedgerSummary;
  entries: LedgerEntry[];
  reversals: LedgerReversal[];
  payments: LedgerPayment[];
  supplementaryNotices: SupplementaryNotice[];
}

export interface WriteResult {
  written: number;
  unchanged: number;
  retracted: number;
}

/**
 * A township's evaluated periods: the draft evaluation (a projection, overwritten by the next one), the issue of its
 * notices (draft → issued, one way), the period index, and whole-period reads.
 */
export class LedgerPeriodStore {
  constructor(private readonly store: StoreClients) {}

  /**
   * Writes a draft evaluation: new or changed entries are put, unchanged ones skipped, entries the evaluation no
   * longer produces are kept but marked inactive (nothing is deleted from the ledger). Then the summary (on
   * condition the period is still a draft) and the period index. A writer that dies half-way is run again.
   */
  async writeEvaluation(
    tenantId: string,
    summary: LedgerSummary,
    entries: LedgerEntry[],
    known?: { stored: StoredLedger | undefined },
  ): Promise<WriteResult> {
    const pk = ledgerKeys.period(tenantId, summary.periodKey);
    // A caller that has just read the period passes it, so the partition is not read twice.
    const stored = known ? known.stored : await this.read(tenantId, summary.periodKey);
    if (stored?.summary.status === 'issued') throw new LedgerPeriodIssuedError(summary.periodKey);
    const existing = new Map(stored?.entries.map((e) => [e.entryId, e]) ?? []);
    const puts: Record<string, unknown>[] = [];
    let unchanged = 0;
    const item = (e: LedgerEntry) => ({
      pk,
      sk: ledgerKeys.entry(e.entryId),
      entity: 'ledger_entry',
      tenantId,
      periodKey: summary.periodKey,
      ...e,
    });
    for (const e of entries) {
      const before = existing.get(e.entryId);
      existing.delete(e.entryId);
      if (before && canonical(LedgerEntry.parse(e)) === canonical(before)) unchanged += 1;
      else puts.push(item(e));
    }
    const retract = [...existing.values()].filter((e) => e.active);
    for (const e of retract) puts.push(item({ ...e, active: false }));
    await batchPut(this.store, puts);
    const draft = { ...summary, status: 'draft' as const };
    try {
      await this.store.doc.send(
        new PutCommand({
          TableName: this.store.tableName,
          Item: { pk, sk: ledgerKeys.summary, entity: 'ledger_summary', tenantId, ...draft },
          ConditionExpression: 'attribute_not_exists(#s) OR #s = :draft',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: { ':draft': 'draft' },
        }),
      );
    } catch (error) {
      if (failedCondition(error)) throw new LedgerPeriodIssuedError(summary.periodKey);
      throw error;
    }
    await this.putIndex(tenantId, draft);
    await writeLedgerMoney(this.store, tenantId, summary, entries);
    return { written: puts.length - retract.length, unchanged, retracted: retract.length };
  }

  /**
   * Issues the period's penalty notices: the summary turns `issued` (conditional on being a draft). Idempotent:
   * issuing an issued period returns it unchanged. The index item follows; a retry repairs it after a crash.
   */
  async issue(
    tenantId: string,
    periodKey: string,
    at: string,
    by: string,
  ): Promise<{ summary: LedgerSummary; alreadyIssued: boolean }> {
    let alreadyIssued = false;
    try {
      await this.store.doc.send(
        new UpdateCommand({
          TableName: this.store.tableName,
          Key: { pk: ledgerKeys.period(tenantId, periodKey), sk: ledgerKeys.summary },
          UpdateExpression: 'SET #s = :issued, issuedAt = :at, issuedBy = :by',
          ConditionExpression: 'attribute_exists(pk) AND (attribute_not_exists(#s) OR #s = :draft)',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: { ':issued': 'issued', ':draft': 'draft', ':at': at, ':by': by },
        }),
      );
    } catch (error) {
      if (!failedCondition(error)) throw error;
      alreadyIssued = true;
    }
    const summary = await this.readSummary(tenantId, periodKey);
    if (!summary) throw new LedgerPeriodNotFoundError(periodKey);
    await this.putIndex(tenantId, summary);
    return { summary, alreadyIssued };
  }

  async readSummary(tenantId: string, periodKey: string): Promise<LedgerSummary | undefined> {
    const item = await getPeriodItem(this.store, tenantId, periodKey, ledgerKeys.summary);
    return item ? LedgerSummary.parse({ ...strip(item), periodKey }) : undefined;
  }

  /** The whole period: one Query of its partition (paged), items sorted out by their key prefix. */
  async read(tenantId: string, periodKey: string): Promise<StoredLedger | undefined> {
    const rows = await queryAll(this.store, ledgerKeys.period(tenantId, periodKey), undefined, { consistent: true });
    let summary: LedgerSummary | undefined;
    const out: Omit<StoredLedger, 'summary'> = { entries: [], reversals: [], payments: [], supplementaryNotices: [] };
    for (const row of rows) {
      const sk = String(row.sk);
      if (sk === ledgerKeys.summary) summary = LedgerSummary.parse({ ...strip(row), periodKey });
      else if (sk.startsWith('E#')) out.entries.push(LedgerEntry.parse(strip(row)));
      else if (sk.startsWith('R#')) out.reversals.push(LedgerReversal.parse(strip(row)));
      else if (sk.startsWith('PAY#')) out.payments.push(LedgerPayment.parse(strip(row)));
      else if (sk.startsWith('SUPP#')) out.supplementaryNotices.push(SupplementaryNotice.parse(strip(row)));
    }
    return summary ? { summary, ...out } : undefined;
  }

  /** Evaluated periods, by period key (from-date first). The summaries here carry no persons, units or warnings. */
  async listPeriods(tenantId: string): Promise<LedgerSummary[]> {
    const rows = await queryAll(this.store, ledgerKeys.periods(tenantId), undefined, { consistent: true });
    return rows.map((r) => LedgerSummary.parse({ ...strip(r), periodKey: String(r.sk).slice(2) }));
  }

  private async putIndex(tenantId: string, summary: LedgerSummary): Promise<void> {
    const item = {
      pk: ledgerKeys.periods(tenantId),
      sk: `P#${summary.periodKey}`,
      entity: 'ledger_period',
      tenantId,
      ...summary,
      persons: [],
      units: [],
      warnings: [],
    };
    await this.store.doc.send(new PutCommand({ TableName: this.store.tableName, Item: item }));
  }
}
