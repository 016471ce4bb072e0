import { z } from 'zod';

/** `2026-01-01_2026-06-30`: the evaluated period, part of every ledger key. */
export const periodKeyOf = (from: string, to: string) => `${from}_${to}`;
export const PeriodKey = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}$/, '期间格式应为 YYYY-MM-DD_YYYY-MM-DD');

export const LedgerEntryKind = z.enum(['fine', 'reward', 'veto', 'task']);
export type LedgerEntryKind = z.infer<typeof LedgerEntryKind>;

/** One evaluator result (fine, reward, veto, retrieval task) as projected; the id is the evaluator's, so re-runs overwrite it. */
export const LedgerEntry = z.object({
  entryId: z.string(),
  kind: LedgerEntryKind,
  personId: z.string().optional(),
  unitId: z.string().optional(),
  caseId: z.string().optional(),
  /**
   * 编号 of the case, as officials read it (display only: never compared, so an entry stored before numbers existed
   * does not differ from a fresh one by it). Absent on such entries: show `caseId` then.
   */
  caseNumber: z.string().optional(),
  /** The visit date for fines and tasks, the year's last day for rewards and vetoes. */
  date: z.string(),
  amountFen: z.number().int(),
  ruleVersionId: z.string(),
  rowId: z.string().optional(),
  sanctions: z.array(z.string()),
  explanation: z.string(),
  /** False once a later evaluation no longer produces it (e.g. a visit corrected): kept, never deleted, out of totals. */
  active: z.boolean(),
  /** The evaluator's own entry, for display. */
  detail: z.record(z.string(), z.unknown()),
  /** A correction's new entry: the evaluator id it revises, its revision (1, 2, …) and the confirmed proposal. */
  baseId: z.string().optional(),
  revision: z.number().int().positive().optional(),
  correctionId: z.string().optional(),
});
export type LedgerEntry = z.infer<typeof LedgerEntry>;

/** A correction: the negated amount of an entry, referencing it. Written once per entry, never touched by evaluation. */
export const LedgerReversal = z.object({
  reversalId: z.string(),
  reversesId: z.string(),
  kind: LedgerEntryKind,
  personId: z.string().optional(),
  unitId: z.string().optional(),
  amountFen: z.number().int(),
  reason: z.string(),
  at: z.string(),
  by: z.string(),
  /** Set when a confirmed correction wrote it (not an admin's reversal by hand). */
  correctionId: z.string().optional(),
});
export type LedgerReversal = z.infer<typeof LedgerReversal>;

export const LedgerPayment = z.object({
  paymentId: z.string(),
  noticeId: z.string(),
  personId: z.string(),
  amountFen: z.number().int().positive(),
  paidOn: z.string(),
  at: z.string(),
  by: z.string(),
});
export type LedgerPayment = z.infer<typeof LedgerPayment>;

/** What an evaluation knew besides its entries: who is who, when fines fall due, what it warned about. */
export const LedgerSummary = z.object({
  periodKey: z.string(),
  from: z.string(),
  to: z.string(),
  noticeDate: z.string(),
  evaluatedAt: z.string(),
  evaluatedBy: z.string(),
  ruleVersionIds: z.array(z.string()),
  persons: z.array(
    z.object({ personId: z.string(), name: z.string(), financePaid: z.boolean(), dueOn: z.string().optional() }),
  ),
  units: z.array(z.object({ unitId: z.string(), name: z.string() })),
  warnings: z.array(
    z.object({
      code: z.string(),
      message: z.string(),
      caseId: z.string().optional(),
      visitId: z.string().optional(),
      unitId: z.string().optional(),
    }),
  ),
  /** draft: re-evaluation overwrites it; issued: its penalty notices went out and its entries never change. */
  status: z.enum(['draft', 'issued']).default('draft'),
  issuedAt: z.string().optional(),
  issuedBy: z.string().optional(),
  /** Corrections confirmed so far; a confirmation claims the next number (one at a time, conditional update). */
  correctionSeq: z.number().int().nonnegative().default(0),
  lastCorrectionId: z.string().optional(),
});
export type LedgerSummary = z.infer<typeof LedgerSummary>;

export const CorrectionReason = z.enum(['rule_version', 'event', 'late_notice']);
export type CorrectionReason = z.infer<typeof CorrectionReason>;

/** One entry's correction: the current revision reversed, the new entry, or both; `netFen` = new − reversed. */
export const CorrectionItem = z.object({
  baseId: z.string(),
  kind: LedgerEntryKind,
  personId: z.string().optional(),
  unitId: z.string().optional(),
  reversed: LedgerEntry.optional(),
  added: LedgerEntry.optional(),
  netFen: z.number().int(),
  reasons: z.array(CorrectionReason),
});
export type CorrectionItem = z.infer<typeof CorrectionItem>;

/** What re-evaluating an issued period would change; nothing is written to the ledger until it is confirmed. */
export const CorrectionProposal = z.object({
  proposalId: z.string(),
  periodKey: z.string(),
  /** The summary's `correctionSeq` it was computed against: a confirmation in between makes it stale. */
  baseSeq: z.number().int().nonnegative(),
  status: z.enum(['pending', 'confirmed', 'superseded']),
  createdAt: z.string(),
  createdBy: z.string(),
  items: z.array(CorrectionItem),
  persons: z.array(
    z.object({
      personId: z.string(),
      name: z.string(),
      financePaid: z.boolean(),
      netFinesFen: z.number().int(),
      netRewardsFen: z.number().int(),
    }),
  ),
  /** Set once by the first confirmation attempt, so a retry writes the very same supplementary notices. */
  confirmAt: z.string().optional(),
  confirmBy: z.string().optional(),
});
export type CorrectionProposal = z.infer<typeof CorrectionProposal>;

/** 补充通知: the fines a confirmed correction adds to (or takes off) one person's bill, with its own due date. */
export const SupplementaryNotice = z.object({
  noticeId: z.string(),
  proposalId: z.string(),
  personId: z.string(),
  name: z.string(),
  financePaid: z.boolean(),
  noticeDate: z.string(),
  dueOn: z.string(),
  totalFen: z.number().int(),
});
export type SupplementaryNotice = z.infer<typeof SupplementaryNotice>;

/** The running total paid against one notice, updated conditionally so that payments never exceed what is due. */
export const NoticePaidTotal = z.object({
  noticeId: z.string(),
  paidFen: z.number().int().nonnegative(),
  paymentIds: z.array(z.string()),
});
export type NoticePaidTotal = z.infer<typeof NoticePaidTotal>;

export const ledgerKeys = {
  period: (tenantId: string, periodKey: string) => `T#${tenantId}#LEDGER#${periodKey}`,
  periods: (tenantId: string) => `T#${tenantId}#LEDGERS`,
  entry: (entryId: string) => `E#${entryId}`,
  reversal: (entryId: string) => `R#${entryId}`,
  payment: (paymentId: string) => `PAY#${paymentId}`,
  proposal: (proposalId: string) => `CORR#${proposalId}`,
  supplementary: (noticeId: string) => `SUPP#${noticeId}`,
  paidTotal: (noticeId: string) => `PAID#${noticeId}`,
  summary: 'SUMMARY',
};
