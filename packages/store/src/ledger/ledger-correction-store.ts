import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { StoreClients } from '../client';
import { queryAll } from '../query-all';
import { writeLedgerLines, writeLedgerReversal } from '../statistics/ledger-money';
import {
  CorrectionAlreadyConfirmedError,
  CorrectionNotFoundError,
  CorrectionSupersededError,
  LedgerAlreadyReversedError,
} from './ledger-errors';
import { failedCondition, getPeriodItem, putOnce, strip } from './ledger-item-io';
import {
  CorrectionProposal,
  type LedgerEntry,
  LedgerReversal,
  ledgerKeys,
  type SupplementaryNotice,
} from './ledger-items';
import type { LedgerPeriodStore } from './ledger-periods';

/**
 * Changes to an issued ledger, which are only ever added: an admin's reversal by hand, and corrections (a proposal
 * from re-evaluation, confirmed in three idempotent steps into reversals, new entries and supplementary notices).
 */
export class LedgerCorrectionStore {
  constructor(
    private readonly store: StoreClients,
    private readonly periods: LedgerPeriodStore,
  ) {}

  /**
   * Every reversal of the township, whatever period it was made in: entry ids name a visit and a person, not a
   * period, so a correction holds in any report that covers the visit. Reads the period index, then each period.
   */
  async allReversals(tenantId: string): Promise<LedgerReversal[]> {
    const out = new Map<string, LedgerReversal>();
    for (const p of await this.periods.listPeriods(tenantId)) {
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
    const sk = ledgerKeys.reversal(reversal.reversesId);
    const written = await putOnce(this.store, tenantId, periodKey, sk, 'ledger_reversal', reversal);
    if (!written) throw new LedgerAlreadyReversedError(reversal.reversesId);
    await writeLedgerReversal(this.store, tenantId, periodKey, reversal);
  }

  /** Stores a proposal; the same proposal computed again (same id) keeps the stored one and its status. */
  async saveProposal(tenantId: string, proposal: CorrectionProposal): Promise<CorrectionProposal> {
    const sk = ledgerKeys.proposal(proposal.proposalId);
    const written = await putOnce(this.store, tenantId, proposal.periodKey, sk, 'ledger_correction', proposal);
    return written
      ? proposal
      : ((await this.getProposal(tenantId, proposal.periodKey, proposal.proposalId)) ?? proposal);
  }

  async getProposal(tenantId: string, periodKey: string, proposalId: string): Promise<CorrectionProposal | undefined> {
    const item = await getPeriodItem(this.store, tenantId, periodKey, ledgerKeys.proposal(proposalId));
    return item ? CorrectionProposal.parse({ ...strip(item), periodKey }) : undefined;
  }

  /**
   * A period's proposals, oldest first (one Query of the period's `CORR#` items). A page reloaded after an
   * evaluation reads the pending ones here; the period's own summary says nothing of them.
   */
  async listProposals(tenantId: string, periodKey: string): Promise<CorrectionProposal[]> {
    const pk = ledgerKeys.period(tenantId, periodKey);
    const rows = await queryAll(this.store, pk, ledgerKeys.proposal(''), { consistent: true });
    return rows
      .map((row) => CorrectionProposal.parse({ ...strip(row), periodKey }))
      .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
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
      const summary = await this.periods.readSummary(tenantId, periodKey);
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
    const put = (sk: string, entity: string, value: object) =>
      putOnce(this.store, tenantId, periodKey, sk, entity, value);
    for (const r of items.reversals) {
      const written = await put(ledgerKeys.reversal(r.reversesId), 'ledger_reversal', r);
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
    for (const e of items.entries) await put(ledgerKeys.entry(e.entryId), 'ledger_entry', e);
    for (const n of items.notices) await put(ledgerKeys.supplementary(n.noticeId), 'ledger_supplementary_notice', n);
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
}
