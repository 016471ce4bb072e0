import { Button, DatePicker, Flex, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '../../../lib/format';
import { MoneyInput } from './money-input';
import { todayValue } from '../../../lib/today';

interface Props {
  outstandingFen: number;
  submitting: boolean;
  onSubmit: (payment: { amountFen: number; paidOn: string }) => void;
}

/** A payment against one notice: how much (yuan, at most what is outstanding) and on which day. */
export function PaymentForm({ outstandingFen, submitting, onSubmit }: Props) {
  const { t } = useTranslation();
  const [amountFen, setAmountFen] = useState<number | undefined>();
  const [paidOn, setPaidOn] = useState<Dayjs | null>(todayValue);
  return (
    <Flex vertical gap={12} data-testid="payment-form">
      <Typography.Text type="secondary">
        {t('ledger.payment.outstanding', { amount: formatYuan(outstandingFen) })}
      </Typography.Text>
      <label htmlFor="payment-amount">{t('ledger.payment.amount')}</label>
      <MoneyInput id="payment-amount" maxFen={outstandingFen} onChange={setAmountFen} />
      <label htmlFor="payment-date">{t('ledger.payment.paidOn')}</label>
      <DatePicker
        id="payment-date"
        value={paidOn}
        allowClear={false}
        disabledDate={(d) => d.isAfter(todayValue(), 'day')}
        onChange={setPaidOn}
      />
      <Button
        type="primary"
        disabled={amountFen === undefined || paidOn === null}
        loading={submitting}
        data-testid="payment-submit"
        onClick={() =>
          amountFen !== undefined && paidOn && onSubmit({ amountFen, paidOn: paidOn.format('YYYY-MM-DD') })
        }
      >
        {t('ledger.payment.submit')}
      </Button>
    </Flex>
  );
}
