import type { StoreClients } from '../client';
import { LedgerCorrectionStore } from './ledger-correction-store';
import { LedgerPaymentStore } from './ledger-payments';
import { LedgerPeriodStore } from './ledger-periods';

export { canonical } from './ledger-item-io';
export type { StoredLedger, WriteResult } from './ledger-periods';

type Periods = LedgerPeriodStore;
type Payments = LedgerPaymentStore;
type Corrections = LedgerCorrectionStore;

/**
 * The penalty ledger of a township, one partition per evaluated period. A draft period's entries are a
 * projection of the evaluator with its deterministic ids, so evaluating again overwrites the same keys. Once its
 * notices are issued the period is a record: entries are only added (corrections, as reversal + new entry).
 * Plain lib-dynamodb: items of several shapes in one partition, read by one Query and parsed per prefix.
 * One entry point over three parts: periods (`ledger-periods.ts`), payments (`ledger-payments.ts`) and
 * reversals and corrections (`ledger-correction-store.ts`).
 */
export class LedgerRepository {
  private readonly periods: Periods;
  private readonly payments: Payments;
  private readonly corrections: Corrections;

  constructor(store: StoreClients) {
    this.periods = new LedgerPeriodStore(store);
    this.payments = new LedgerPaymentStore(store);
    this.corrections = new LedgerCorrectionStore(store, this.periods);
  }

  writeEvaluation(...args: Parameters<Periods['writeEvaluation']>) {
    return this.periods.writeEvaluation(...args);
  }
  issue(...args: Parameters<Periods['issue']>) {
    return this.periods.issue(...args);
  }
  readSummary(...args: Parameters<Periods['readSummary']>) {
    return this.periods.readSummary(...args);
  }
  read(...args: Parameters<Periods['read']>) {
    return this.periods.read(...args);
  }
  listPeriods(...args: Parameters<Periods['listPeriods']>) {
    return this.periods.listPeriods(...args);
  }

  recordPayment(...args: Parameters<Payments['recordPayment']>) {
    return this.payments.recordPayment(...args);
  }
  paidTotal(...args: Parameters<Payments['paidTotal']>) {
    return this.payments.paidTotal(...args);
  }

  allReversals(...args: Parameters<Corrections['allReversals']>) {
    return this.corrections.allReversals(...args);
  }
  reverse(...args: Parameters<Corrections['reverse']>) {
    return this.corrections.reverse(...args);
  }
  saveProposal(...args: Parameters<Corrections['saveProposal']>) {
    return this.corrections.saveProposal(...args);
  }
  getProposal(...args: Parameters<Corrections['getProposal']>) {
    return this.corrections.getProposal(...args);
  }
  listProposals(...args: Parameters<Corrections['listProposals']>) {
    return this.corrections.listProposals(...args);
  }
  claimConfirmation(...args: Parameters<Corrections['claimConfirmation']>) {
    return this.corrections.claimConfirmation(...args);
  }
  writeCorrection(...args: Parameters<Corrections['writeCorrection']>) {
    return this.corrections.writeCorrection(...args);
  }
  markConfirmed(...args: Parameters<Corrections['markConfirmed']>) {
    return this.corrections.markConfirmed(...args);
  }
}
