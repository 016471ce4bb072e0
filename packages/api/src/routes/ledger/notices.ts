import type { StoredLedger } from '@xinfang/store';
import { byPerson, ledgerRows, type LedgerRow } from './ledger-views';

/** 罚款通知: one per person owing fines in an evaluated period. */
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
}

export interface NextStep {
  code: 'withhold_salary' | 'refer_discipline';
  label: string;
}

export const noticeIdOf = (periodKey: string, personId: string) => `notice:${periodKey}:${personId}`;

/** Parses `notice:<from>_<to>:<personId>`. */
export function parseNoticeId(noticeId: string): { periodKey: string; personId: string } | undefined {
  const m = /^notice:(\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}):(.+)$/.exec(noticeId);
  return m?.[1] && m[2] ? { periodKey: m[1], personId: m[2] } : undefined;
}

export function noticesOf(ledger: StoredLedger): PenaltyNotice[] {
  const { summary } = ledger;
  const rows = ledgerRows(ledger);
  const paid = new Map<string, number>();
  for (const p of ledger.payments) paid.set(p.noticeId, (paid.get(p.noticeId) ?? 0) + p.amountFen);
  return byPerson(ledger, rows)
    .filter((p) => p.finesFen > 0)
    .map((p) => {
      const noticeId = noticeIdOf(summary.periodKey, p.personId);
      const paidFen = paid.get(noticeId) ?? 0;
      const entries = rows.filter((r) => r.personId === p.personId && (r.kind === 'fine' || (r.kind === 'reversal' && r.reversesId?.startsWith('fine:'))) && (r.active || r.kind === 'reversal'));
      return {
        noticeId,
        periodKey: summary.periodKey,
        personId: p.personId,
        name: p.name,
        financePaid: p.financePaid,
        noticeDate: summary.noticeDate,
        dueOn: p.dueOn ?? summary.noticeDate,
        entries,
        totalFen: p.finesFen,
        paidFen,
        outstandingFen: Math.max(0, p.finesFen - paidFen),
      };
    });
}

/** Past due and not fully paid on `asOf`: finance-paid staff have that month's salary withheld, others go to the discipline office. */
export function nextStepFor(notice: PenaltyNotice): NextStep {
  return notice.financePaid ? { code: 'withhold_salary', label: '停发当月工资' } : { code: 'refer_discipline', label: '移交纪检' };
}

export function overdueOf(notices: PenaltyNotice[], asOf: string): (PenaltyNotice & { nextStep: NextStep })[] {
  return notices.filter((n) => n.dueOn < asOf && n.outstandingFen > 0).map((n) => ({ ...n, nextStep: nextStepFor(n) }));
}
