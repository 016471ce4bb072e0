import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { StoreClients } from '../client';
import { LedgerPeriodNotFoundError, LedgerPeriodNotIssuedError, PaymentExceedsDueError } from './ledger-errors';
import { failedCondition, getPeriodItem, putOnce, strip } from './ledger-item-io';
import { type LedgerPayment, ledgerKeys, LedgerSummary, NoticePaidTotal } from './ledger-items';

/** Payments against a period's notices, each counted once into the notice's running paid total. */
export class LedgerPaymentStore {
  constructor(private readonly store: StoreClients) {}

  /**
   * Records a payment against a notice that asks for `dueFen`. The notice's paid total (`PAID#<noticeId>`) is
   * raised first, conditionally: only while the new total stays within `dueFen`, and only once per payment id
   * (so a retry of a crashed request does not count it twice); concurrent full payments: exactly one succeeds.
   * Then the payment item itself (idempotent by its id). A crash in between is completed by the retry.
   * Only an issued period's notices are paid: a draft's have not gone out (refused before anything is written;
   * a period never returns from issued to draft, so the check cannot go stale).
   */
  async recordPayment(tenantId: string, periodKey: string, payment: LedgerPayment, dueFen: number): Promise<void> {
    const summary = await getPeriodItem(this.store, tenantId, periodKey, ledgerKeys.summary);
    if (!summary) throw new LedgerPeriodNotFoundError(periodKey);
    if (LedgerSummary.parse({ ...strip(summary), periodKey }).status !== 'issued')
      throw new LedgerPeriodNotIssuedError(periodKey);
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
    await putOnce(this.store, tenantId, periodKey, ledgerKeys.payment(payment.paymentId), 'ledger_payment', payment);
  }

  async paidTotal(tenantId: string, periodKey: string, noticeId: string): Promise<NoticePaidTotal | undefined> {
    const item = await getPeriodItem(this.store, tenantId, periodKey, ledgerKeys.paidTotal(noticeId));
    return item ? NoticePaidTotal.parse(strip(item)) : undefined;
  }
}
