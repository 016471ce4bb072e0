import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { StoreClients } from '../client';
import { batchPut } from '../org/batch-put';
import { queryAll } from '../query-all';
import { writeLedgerLines, writeLedgerMoney, writeLedgerReversal } from '../statistics/ledger-money';
import {
  CorrectionAlreadyConfirmedError,
  CorrectionNotFoundError,
  CorrectionSupersededError,
  LedgerAlreadyReversedError,
  LedgerPeriodIssuedError,
  LedgerPeriodNotFoundError,
  PaymentExceedsDueError,
} from './ledger-errors';
import {
  CorrectionProposal,
  LedgerEntry,
  LedgerPayment,
  LedgerReversal,
  LedgerSummary,
  ledgerKeys,
  NoticePaidTotal,
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

/** JSON with sorted keys: DynamoDB returns map attributes in any order, so plain JSON.stringify cannot compare. */
export const canonical = (value: unknown): string =>
  JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );

const strip = (item: Record<string, unknown>) => {
  const { pk: _pk, sk: _sk, entity: _entity, tenantId: _tenantId, periodKey: _periodKey, ...rest } = item;
  return rest;
};

const failedCondition = (error: unknown) => error instanceof ConditionalCheckFailedException;

/**
 * The penalty ledger of a township, one partition per evaluated period. A draft period's entries are a
 * projection of the evaluator with its deterministic ids, so evaluating again overwrites the same keys. Once its
 * notices are issued the period is a record: entries are only added (corrections, as reversal + new entry).
 * Plain lib-dynamodb: items of several shapes in one partition, read by one Query and parsed per prefix.
 */
export class LedgerRepository {
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
    const out = await this.store.doc.send(
      new GetCommand({
        TableName: this.store.tableName,
        Key: { pk: ledgerKeys.period(tenantId, periodKey), sk: ledgerKeys.summary },
        ConsistentRead: true,
      }),
    );
    return out.Item ? LedgerSummary.parse({ ...strip(out.Item), periodKey }) : undefined;
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

  /**
   * Every reversal of the township, whatever period it was made in: entry ids name a visit and a person, not a
   * period, so a correction holds in any report that covers the visit. Reads the period index, then each period.
   */
  async allReversals(tenantId: string): Promise<LedgerReversal[]> {
    const out = new Map<string, LedgerReversal>();
    for (const p of await this.listPeriods(tenantId)) {
      const rows = await queryAll(this.store, ledgerKeys.period(tenantId, p.periodKey), 'R#', { consistent: true });
      for (const r of rows) {
        const rev = LedgerReversal.parse(strip(r));
        if (!out.has(rev.reversesId)) out.set(rev.reversesId, rev);
      }
    }
    return [...out.values()];
  }

  /** One reversal per entry (conditional put); a second one is refused. */
  async reverse(tenantId: string, periodKey: string, reversal: LedgerReversal): Promise<void> {
    const written = await this.putOnce(
      tenantId,
      periodKey,
      ledgerKeys.reversal(reversal.reversesId),
      'ledger_reversal',
      reversal,
    );
    if (!written) throw new LedgerAlreadyReversedError(reversal.reversesId);
    await writeLedgerReversal(this.store, tenantId, periodKey, reversal);
  }

  /**
   * Records a payment against a notice that asks for `dueFen`. The notice's paid total (`PAID#<noticeId>`) is
   * raised first, conditionally: only while the new total stays within `dueFen`, and only once per payment id
   * (so a retry of a crashed request does not count it twice); concurrent full payments: exactly one succeeds.
   * Then the payment item itself (idempotent by its id). A crash in between is completed by the retry.
   */
  async recordPayment(tenantId: string, periodKey: string, payment: LedgerPayment, dueFen: number): Promise<void> {
    const pk = ledgerKeys.period(tenantId, periodKey);
    const key = { pk, sk: ledgerKeys.paidTotal(payment.noticeId) };
    try {
      await this.store.doc.send(
        new UpdateCommand({
          TableName: this.store.tableName,
          Key: key,
          UpdateExpression:
            'SET paidFen = if_not_exists(paidFen, :zero) + :amt, ' +
            'paymentIds = list_append(if_not_exists(paymentIds, :none), :ids), ' +
            'noticeId = :notice, entity = :entity, tenantId = :t',
          ConditionExpression:
            '(attribute_not_exists(paidFen) AND :amt <= :due) OR (paidFen <= :limit AND NOT contains(paymentIds, :id))',
          ExpressionAttributeValues: {
            ':zero': 0,
            ':amt': payment.amountFen,
            ':due': dueFen,
            ':limit': dueFen - payment.amountFen,
            ':none': [],
            ':ids': [payment.paymentId],
            ':id': payment.paymentId,
            ':notice': payment.noticeId,
            ':entity': 'ledger_paid_total',
            ':t': tenantId,
          },
        }),
      );
    } catch (error) {
      if (!failedCondition(error)) throw error;
      const total = await this.paidTotal(tenantId, periodKey, payment.noticeId);
      // Counted by an earlier attempt of this very payment: finish its item below.
      if (!total?.paymentIds.includes(payment.paymentId))
        throw new PaymentExceedsDueError(payment.noticeId, Math.max(0, dueFen - (total?.paidFen ?? 0)));
    }
    await this.putOnce(tenantId, periodKey, ledgerKeys.payment(payment.paymentId), 'ledger_payment', payment);
  }

  async paidTotal(tenantId: string, periodKey: string, noticeId: string): Promise<NoticePaidTotal | undefined> {
    const out = await this.store.doc.send(
      new GetCommand({
        TableName: this.store.tableName,
        Key: { pk: ledgerKeys.period(tenantId, periodKey), sk: ledgerKeys.paidTotal(noticeId) },
        ConsistentRead: true,
      }),
    );
    return out.Item ? NoticePaidTotal.parse(strip(out.Item)) : undefined;
  }

  /** Stores a proposal; the same proposal computed again (same id) keeps the stored one and its status. */
  async saveProposal(tenantId: string, proposal: CorrectionProposal): Promise<CorrectionProposal> {
    const written = await this.putOnce(
      tenantId,
      proposal.periodKey,
      ledgerKeys.proposal(proposal.proposalId),
      'ledger_correction',
      proposal,
    );
    return written
      ? proposal
      : ((await this.getProposal(tenantId, proposal.periodKey, proposal.proposalId)) ?? proposal);
  }

  async getProposal(tenantId: string, periodKey: string, proposalId: string): Promise<CorrectionProposal | undefined> {
    const out = await this.store.doc.send(
      new GetCommand({
        TableName: this.store.tableName,
        Key: { pk: ledgerKeys.period(tenantId, periodKey), sk: ledgerKeys.proposal(proposalId) },
        ConsistentRead: true,
      }),
    );
    return out.Item ? CorrectionProposal.parse({ ...strip(out.Item), periodKey }) : undefined;
  }

  /**
   * Step 1 of a confirmation: fixes its time and person on the proposal (first attempt wins, retries keep them)
   * and claims the period's next correction number, conditional on the proposal's `baseSeq`; only one
   * proposal per number can win. A retry of the winner passes (the summary names it); any other is refused.
   */
  async claimConfirmation(
    tenantId: string,
    periodKey: string,
    proposalId: string,
    at: string,
    by: string,
  ): Promise<CorrectionProposal> {
    const pk = ledgerKeys.period(tenantId, periodKey);
    let proposal: CorrectionProposal;
    try {
      const out = await this.store.doc.send(
        new UpdateCommand({
          TableName: this.store.tableName,
          Key: { pk, sk: ledgerKeys.proposal(proposalId) },
          UpdateExpression: 'SET confirmAt = if_not_exists(confirmAt, :at), confirmBy = if_not_exists(confirmBy, :by)',
          ConditionExpression: 'attribute_exists(pk) AND #s = :pending',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: { ':at': at, ':by': by, ':pending': 'pending' },
          ReturnValues: 'ALL_NEW',
        }),
      );
      proposal = CorrectionProposal.parse({ ...strip(out.Attributes ?? {}), periodKey });
    } catch (error) {
      if (!failedCondition(error)) throw error;
      const current = await this.getProposal(tenantId, periodKey, proposalId);
      if (!current) throw new CorrectionNotFoundError(proposalId);
      if (current.status === 'confirmed') throw new CorrectionAlreadyConfirmedError(proposalId);
      throw new CorrectionSupersededError(proposalId);
    }
    const firstCorrection = proposal.baseSeq === 0 ? 'attribute_not_exists(correctionSeq) OR ' : '';
    try {
      await this.store.doc.send(
        new UpdateCommand({
          TableName: this.store.tableName,
          Key: { pk, sk: ledgerKeys.summary },
          UpdateExpression: 'SET correctionSeq = :next, lastCorrectionId = :p',
          ConditionExpression: `#s = :issued AND (${firstCorrection}correctionSeq = :base)`,
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: {
            ':next': proposal.baseSeq + 1,
            ':p': proposalId,
            ':issued': 'issued',
            ':base': proposal.baseSeq,
          },
        }),
      );
    } catch (error) {
      if (!failedCondition(error)) throw error;
      const summary = await this.readSummary(tenantId, periodKey);
      const resumed = summary?.lastCorrectionId === proposalId && summary.correctionSeq === proposal.baseSeq + 1;
      if (!resumed) {
        await this.markProposal(tenantId, periodKey, proposalId, 'superseded').catch(() => undefined);
        throw new CorrectionSupersededError(proposalId);
      }
    }
    return proposal;
  }

  /**
   * Step 2: the correction's items, each a put that only creates (deterministic keys): reversals, new entries,
   * supplementary notices. Run again after a crash, it writes only what is missing and nothing twice.
   */
  async writeCorrection(
    tenantId: string,
    periodKey: string,
    items: { reversals: LedgerReversal[]; entries: LedgerEntry[]; notices: SupplementaryNotice[] },
  ): Promise<void> {
    for (const r of items.reversals) {
      const written = await this.putOnce(tenantId, periodKey, ledgerKeys.reversal(r.reversesId), 'ledger_reversal', r);
      if (!written) {
        const rows = await queryAll(
          this.store,
          ledgerKeys.period(tenantId, periodKey),
          ledgerKeys.reversal(r.reversesId),
          { consistent: true },
        );
        const existing = rows.map((row) => LedgerReversal.parse(strip(row))).find((x) => x.reversesId === r.reversesId);
        // Reversed by hand after the proposal was computed: this correction can no longer be applied as proposed.
        if (existing?.correctionId !== r.correctionId) throw new LedgerAlreadyReversedError(r.reversesId);
      }
    }
    for (const e of items.entries)
      await this.putOnce(tenantId, periodKey, ledgerKeys.entry(e.entryId), 'ledger_entry', e);
    for (const n of items.notices)
      await this.putOnce(tenantId, periodKey, ledgerKeys.supplementary(n.noticeId), 'ledger_supplementary_notice', n);
    // The statistics' money follows: the reversed lines are netted, the new entries join their months.
    for (const r of items.reversals) await writeLedgerReversal(this.store, tenantId, periodKey, r);
    await writeLedgerLines(this.store, tenantId, periodKey, items.entries);
  }

  /** Step 3: the proposal is confirmed (conditional on pending): of two racing confirmations one is refused. */
  async markConfirmed(tenantId: string, periodKey: string, proposalId: string): Promise<void> {
    try {
      await this.markProposal(tenantId, periodKey, proposalId, 'confirmed');
    } catch (error) {
      if (failedCondition(error)) throw new CorrectionAlreadyConfirmedError(proposalId);
      throw error;
    }
  }

  private async markProposal(
    tenantId: string,
    periodKey: string,
    proposalId: string,
    status: 'confirmed' | 'superseded',
  ): Promise<void> {
    await this.store.doc.send(
      new UpdateCommand({
        TableName: this.store.tableName,
        Key: { pk: ledgerKeys.period(tenantId, periodKey), sk: ledgerKeys.proposal(proposalId) },
        UpdateExpression: 'SET #s = :status',
        ConditionExpression: '#s = :pending',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ':status': status, ':pending': 'pending' },
      }),
    );
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

  /** A put that only creates; false when the key is taken. */
  private async putOnce(
    tenantId: string,
    periodKey: string,
    sk: string,
    entity: string,
    value: object,
  ): Promise<boolean> {
    try {
      await this.store.doc.send(
        new PutCommand({
          TableName: this.store.tableName,
          Item: { pk: ledgerKeys.period(tenantId, periodKey), sk, entity, tenantId, periodKey, ...value },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return true;
    } catch (error) {
      if (failedCondition(error)) return false;
      throw error;
    }
  }
}
