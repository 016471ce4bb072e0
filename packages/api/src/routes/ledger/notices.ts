import type { StoredLedger } from '@xinfang/store';
import { ledgerRows, type LedgerRow } from './ledger-views';

/** 罚款通知: one per person owing fines in an evaluated period; 补充通知: one per person and confirmed correction. */
export interface PenaltyNotice {
  noticeId: string;
  periodKey: string;
  personId: string;
  name: string;
  financePaid: boolean;
  noticeDate: string;
  /** finance-paid: notice + N working days; others: the notice month's end (domain.md 四(三)5). */
  dueOn: string;
  entries: LedgerRow[];
  totalFen: number;
  paidFen: number;
  outstandingFen: number;
  /** Set on a supplementary notice (补充通知): the confirmed correction it bills. */
  proposalId?: string;
}

export interface NextStep {
  code: 'withhold_salary' | 'refer_discipline';
  label: string;
}

export const noticeIdOf = (periodKey: string, personId: string) => `notice:${periodKey}:${personId}`;

/** Parses `notice:<from>_<to>:<personId>` and a supplementary notice's `supp:<from>_<to>:<proposalId>:<personId>`. */
export function parseNoticeId(noticeId: string): { periodKey: string; personId: string } | undefined {
  const m =
    /^(?:notice:(\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2})|supp:(\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}):[0-9a-f]{20}):(.+)$/.exec(
      noticeId,
    );
  const periodKey = m?.[1] ?? m?.[2];
  return periodKey && m?.[3] ? { periodKey, personId: m[3] } : undefined;
}

/**
 * The notices of a period. Every fine row belongs to exactly one notice: an issued (or draft) entry and an
 * admin's reversal of it to the person's notice; a correction's reversal and new entry (and a reversal of that
 * entry) to the correction's supplementary notice. So the notices of a person add up to their balance.
 */
export function noticesOf(ledger: StoredLedger): PenaltyNotice[] {
  const { summary } = ledger;
  const rows = ledgerRows(ledger);
  const correctionOf = new Map<string, string | undefined>(ledger.entries.map((e) => [e.entryId, e.correctionId]));
  const reversalCorrection = new Map(ledger.reversals.map((r) => [r.reversalId, r.correctionId]));
  const noticeOfRow = (r: LedgerRow): string | undefined => {
    const correction =
      r.kind === 'reversal'
        ? (reversalCorrection.get(r.entryId) ?? correctionOf.get(r.reversesId ?? ''))
        : correctionOf.get(r.entryId);
    if (!r.personId) return undefined;
    return correction
      ? `supp:${summary.periodKey}:${correction}:${r.personId}`
      : noticeIdOf(summary.periodKey, r.personId);
  };
  const isFineRow = (r: LedgerRow) =>
    (r.kind === 'fine' && r.active) || (r.kind === 'reversal' && (r.reversesId ?? '').startsWith('fine:'));
  const byNotice = new Map<string, LedgerRow[]>();
  for (const r of rows) {
    const id = isFineRow(r) ? noticeOfRow(r) : undefined;
    if (id) byNotice.set(id, [...(byNotice.get(id) ?? []), r]);
  }
  const paid = new Map<string, number>();
  for (const p of ledger.payments) paid.set(p.noticeId, (paid.get(p.noticeId) ?? 0) + p.amountFen);
  const build = (base: Omit<PenaltyNotice, 'entries' | 'totalFen' | 'paidFen' | 'outstandingFen'>): PenaltyNotice => {
    const entries = byNotice.get(base.noticeId) ?? [];
    const totalFen = entries.reduce((n, r) => n + r.amountFen, 0);
    const paidFen = paid.get(base.noticeId) ?? 0;
    return { ...base, entries, totalFen, paidFen, outstandingFen: Math.max(0, totalFen - paidFen) };
  };
  const original = summary.persons
    .map((p) =>
      build({
        noticeId: noticeIdOf(summary.periodKey, p.personId),
        periodKey: summary.periodKey,
        personId: p.personId,
        name: p.name,
        financePaid: p.financePaid,
        noticeDate: summary.noticeDate,
        dueOn: p.dueOn ?? summary.noticeDate,
      }),
    )
    .filter((n) => n.totalFen > 0);
  const supplementary = ledger.supplementaryNotices.map((n) =>
    build({
      noticeId: n.noticeId,
      periodKey: summary.periodKey,
      personId: n.personId,
      name: n.name,
      financePaid: n.financePaid,
      noticeDate: n.noticeDate,
      dueOn: n.dueOn,
      proposalId: n.proposalId,
    }),
  );
  return [...original, ...supplementary];
}

/** Past due and not fully paid on `asOf`: finance-paid staff have that month's salary withheld, others go to the discipline office. */
export function nextStepFor(notice: PenaltyNotice): NextStep {
  return notice.financePaid
    ? { code: 'withhold_salary', label: '停发当月工资' }
    : { code: 'refer_discipline', label: '移交纪检' };
}

export function overdueOf(notices: PenaltyNotice[], asOf: string): (PenaltyNotice & { nextStep: NextStep })[] {
  return notices.filter((n) => n.dueOn < asOf && n.outstandingFen > 0).map((n) => ({ ...n, nextStep: nextStepFor(n) }));
}
