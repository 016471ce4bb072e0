// The ledger API's shapes, as the API's own types (z.infer of its schemas): a change there fails the web's type-check.
import type {
  LedgerConfirmResult,
  LedgerCorrectionList,
  LedgerCorrectionProposal,
  LedgerEvaluateInput,
  LedgerEvaluationSummary,
  LedgerIssueResult,
  LedgerPaymentInput,
  LedgerPeriodList,
  LedgerPersonBalance,
  LedgerRowView,
  LedgerUnitBalance,
  OverdueNoticeView,
  PenaltyNoticeView,
} from '@xinfang/api';

export type {
  LedgerConfirmResult,
  LedgerCorrectionList,
  LedgerCorrectionProposal,
  LedgerEvaluateInput,
  LedgerEvaluationSummary,
  LedgerIssueResult,
  LedgerPaymentInput,
  LedgerPeriodList,
  LedgerPersonBalance,
  LedgerUnitBalance,
};
export type LedgerPeriod = LedgerPeriodList['items'][number];
export type LedgerRow = LedgerRowView;
export type PenaltyNotice = PenaltyNoticeView;
export type OverdueNotice = OverdueNoticeView;
export type CorrectionItem = LedgerCorrectionProposal['items'][number];

/** The reads of one period share this shape: the period, then its items. */
export interface PeriodItems<T> {
  period: { periodKey: string; from: string; to: string; evaluatedAt: string };
  items: T[];
}
