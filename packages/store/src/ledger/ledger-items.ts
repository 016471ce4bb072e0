import { z } from 'zod';

/** `2026-01-01_2026-06-30`: the evaluated period, part of every ledger key. */
export const periodKeyOf = (from: string, to: string) => `${from}_${to}`;
export const PeriodKey = z.string().regex(/^\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}$/, '期间格式应为 YYYY-MM-DD_YYYY-MM-DD');

export const LedgerEntryKind = z.enum(['fine', 'reward', 'veto', 'task']);
export type LedgerEntryKind = z.infer<typeof LedgerEntryKind>;

/** One evaluator result (fine, reward, veto, retrieval task) as projected; the id is the evaluator's, so re-runs overwrite it. */
export const LedgerEntry = z.object({
  entryId: z.string(),
  kind: LedgerEntryKind,
  personId: z.string().optional(),
  unitId: z.string().optional(),
  caseId: z.string().optional(),
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
  persons: z.array(z.object({ personId: z.string(), name: z.string(), financePaid: z.boolean(), dueOn: z.string().optional() })),
  units: z.array(z.object({ unitId: z.string(), name: z.string() })),
  warnings: z.array(z.object({ code: z.string(), message: z.string(), caseId: z.string().optional(), visitId: z.string().optional(), unitId: z.string().optional() })),
});
export type LedgerSummary = z.infer<typeof LedgerSummary>;

export const ledgerKeys = {
  period: (tenantId: string, periodKey: string) => `T#${tenantId}#LEDGER#${periodKey}`,
  periods: (tenantId: string) => `T#${tenantId}#LEDGERS`,
  entry: (entryId: string) => `E#${entryId}`,
  reversal: (entryId: string) => `R#${entryId}`,
  payment: (paymentId: string) => `PAY#${paymentId}`,
  summary: 'SUMMARY',
};
