import { StoreError } from '../store-error';
import { formatYuan } from '@xinfang/domain';

export class LedgerEntryNotFoundError extends StoreError {
  constructor(readonly entryId: string) {
    super('not_found', 'entry_not_found', `台账中没有条目${entryId}`);
  }
}

/** An entry is reversed at most once; a second reversal would double the correction. */
export class LedgerAlreadyReversedError extends StoreError {
  constructor(readonly entryId: string) {
    super('conflict', 'already_reversed', `条目${entryId}已冲销，不能重复冲销`);
  }
}

/** The period was never evaluated. */
export class LedgerPeriodNotFoundError extends StoreError {
  constructor(readonly periodKey: string) {
    super('not_found', 'period_not_evaluated', `期间${periodKey}尚未计算台账`);
  }
}

/** An issued period's entries never change in place: evaluation must propose corrections instead. */
export class LedgerPeriodIssuedError extends StoreError {
  constructor(readonly periodKey: string) {
    super('conflict', 'period_issued', `期间${periodKey}的处罚通知已下发，台账不能再被覆盖，只能更正`);
  }
}

/** A draft period's notices have not gone out: nobody owes them yet, so nothing can be paid against them. */
export class LedgerPeriodNotIssuedError extends StoreError {
  constructor(readonly periodKey: string) {
    super(
      'conflict',
      'period_not_issued',
      `期间${periodKey}的处罚通知尚未下发（仍是草稿），不能登记缴款；请先下发处罚通知`,
    );
  }
}

export class CorrectionNotFoundError extends StoreError {
  constructor(readonly proposalId: string) {
    super('not_found', 'correction_not_found', `没有更正提议${proposalId}`);
  }
}

/** A proposal is confirmed once; a second confirmation (another request, not a replay) is refused. */
export class CorrectionAlreadyConfirmedError extends StoreError {
  constructor(readonly proposalId: string) {
    super('conflict', 'correction_already_confirmed', `更正提议${proposalId}已确认，不能重复确认`);
  }
}

/** Another correction was confirmed after this proposal was computed: evaluate again for a fresh proposal. */
export class CorrectionSupersededError extends StoreError {
  constructor(readonly proposalId: string) {
    super('conflict', 'correction_superseded', `更正提议${proposalId}已过时（此后已确认其他更正），请重新计算`);
  }
}

/** A payment that would take a notice's payments above what it asks for (an overpayment is not recorded as one). */
export class PaymentExceedsDueError extends StoreError {
  constructor(
    readonly noticeId: string,
    readonly outstandingFen: number,
  ) {
    // In yuan, as the payment form asks for the amount: "不能超过未缴的150元", not a count of fen.
    super('unprocessable', 'overpayment', `缴款金额超过未缴金额（未缴${formatYuan(outstandingFen)}）`, {
      invalidParams: [{ path: 'body.amountFen', message: `不能超过未缴的${formatYuan(outstandingFen)}` }],
    });
  }
}
