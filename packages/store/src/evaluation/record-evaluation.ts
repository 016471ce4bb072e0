import {
  createCalendar,
  diffLedgers,
  paymentDueOn,
  versionInForce,
  type IsoDate,
  type Ledger,
  type LedgerDiff,
  type RuleSet,
} from '@xinfang/domain';
import type { StoreClients } from '../client';
import {
  correctionWrites,
  LedgerPeriodNotFoundError,
  LedgerRepository,
  periodKeyOf,
  projectLedger,
  proposeCorrections,
  type CorrectionProposal,
  type LedgerSummary,
  type WriteResult,
} from '../ledger';
import { RulesRepository } from '../rules';
import { loadCalendarOverrides } from '../settings';
import { evaluateLoaded } from './evaluate-period';
import { loadPeriodInputs, type Period } from './load-period-inputs';

export type RecordOutcome =
  | { status: 'draft'; written: WriteResult }
  /** An issued period: nothing written to its entries; the difference, if any, stored as a pending proposal. */
  | { status: 'issued'; proposal: CorrectionProposal | undefined };

/** The Asia/Shanghai calendar date of an instant (UTC+8 all year, no daylight saving). */
export const shanghaiDate = (at: string): IsoDate => new Date(Date.parse(at) + 8 * 3600_000).toISOString().slice(0, 10);

/**
 * Evaluates a township period and records the result: a draft period is (over)written; an issued one is left as
 * it is and the difference is stored as a pending correction proposal for an admin to confirm.
 */
export async function evaluateAndRecord(
  store: StoreClients,
  tenantId: string,
  period: Period,
  meta: { at: string; by: string; noticeDate?: IsoDate },
): Promise<{ ledger: Ledger; summary: LedgerSummary; outcome: RecordOutcome }> {
  const inputs = await loadPeriodInputs(store, tenantId, period);
  const ledger = evaluateLoaded(inputs, period, meta.noticeDate ? { noticeDate: meta.noticeDate } : {});
  const projected = projectLedger(ledger, { evaluatedAt: meta.at, evaluatedBy: meta.by });
  const repo = new LedgerRepository(store);
  const stored = await repo.read(tenantId, projected.summary.periodKey);
  if (stored?.summary.status !== 'issued') {
    return {
      ledger,
      summary: projected.summary,
      outcome: {
        status: 'draft',
        written: await repo.writeEvaluation(tenantId, projected.summary, projected.entries, { stored }),
      },
    };
  }
  const proposal = proposeCorrections(stored, projected.entries, personsOf(ledger), meta);
  return {
    ledger,
    summary: stored.summary,
    outcome: { status: 'issued', proposal: proposal ? await repo.saveProposal(tenantId, proposal) : undefined },
  };
}

const personsOf = (ledger: Ledger) =>
  new Map(ledger.totals.byPerson.map((p) => [p.personId, { name: p.name, financePaid: p.financePaid }]));

/**
 * How a different rule history (a version about to be published) would change each period's evaluation, person
 * by person (domain `diffLedgers`); nothing is written. Periods where nobody's money changes are left out.
 */
export async function ruleChangeImpact(
  store: StoreClients,
  tenantId: string,
  periods: readonly Period[],
  ruleVersions: (published: RuleSet[]) => RuleSet[],
): Promise<{ periodKey: string; diff: LedgerDiff }[]> {
  const out: { periodKey: string; diff: LedgerDiff }[] = [];
  for (const period of periods) {
    const inputs = await loadPeriodInputs(store, tenantId, period);
    const diff = diffLedgers(evaluateLoaded(inputs, period), evaluateLoaded(inputs, period, { ruleVersions }));
    if (diff.persons.length > 0) out.push({ periodKey: periodKeyOf(period.from, period.to), diff });
  }
  return out;
}

/**
 * Confirms a pending proposal, in an order a retry can finish after a crash at any point (no transactions):
 * 1. claim (fix the confirmation time on the proposal; take the period's next correction number, conditionally);
 * 2. write the reversals, new entries and 补充通知 with create-only puts on deterministic keys;
 * 3. mark the proposal confirmed (conditional: a second confirmation is refused).
 * The supplementary notice is dated the day of confirmation; its due date follows the payment terms of the
 * version in force that day, with the township's calendar, as for the period's own notices.
 */
export async function confirmCorrection(
  store: StoreClients,
  tenantId: string,
  periodKey: string,
  proposalId: string,
  meta: { at: string; by: string },
): Promise<CorrectionProposal> {
  const repo = new LedgerRepository(store);
  if (!(await repo.readSummary(tenantId, periodKey))) throw new LedgerPeriodNotFoundError(periodKey);
  const proposal = await repo.claimConfirmation(tenantId, periodKey, proposalId, meta.at, meta.by);
  const noticeDate = shanghaiDate(proposal.confirmAt ?? meta.at);
  const [ruleVersions, overrides] = await Promise.all([
    new RulesRepository(store).ruleSets(tenantId),
    loadCalendarOverrides(store, tenantId),
  ]);
  const calendar = createCalendar({ overrides });
  const version = versionInForce(ruleVersions, noticeDate);
  await repo.writeCorrection(
    tenantId,
    periodKey,
    correctionWrites(proposal, {
      noticeDate,
      dueOn: (financePaid) => paymentDueOn(financePaid, noticeDate, version, calendar),
    }),
  );
  await repo.markConfirmed(tenantId, periodKey, proposalId);
  return { ...proposal, status: 'confirmed' };
}
