import { Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '../../../lib/format';
import { checkYuan } from '../lib/payment-amount';

interface Props {
  /** The most that may be entered, in fen (what is still outstanding). */
  maxFen?: number;
  /** The amount in fen once the text is a valid amount; undefined while it is not. */
  onChange: (fen: number | undefined) => void;
  id?: string;
}

/** An amount typed in yuan (“1,200.50” or “1200.5元”), handed on as integer fen; bad input is named, not sent. */
export function MoneyInput({ maxFen, onChange, id }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [touched, setTouched] = useState(false);
  const check = checkYuan(text, maxFen);
  const error = check.ok
    ? undefined
    : t(`ledger.payment.${check.reason}`, { amount: maxFen === undefined ? '' : formatYuan(maxFen) });
  return (
    <Flex vertical gap={4}>
      <Input
        id={id}
        inputMode="decimal"
        value={text}
        status={touched && error ? 'error' : undefined}
        suffix={t('ledger.payment.yuan')}
        data-testid="money-input"
        onBlur={() => setTouched(true)}
        onChange={(e) => {
          const next = e.target.value;
          setText(next);
          setTouched(true);
          const parsed = checkYuan(next, maxFen);
          onChange(parsed.ok ? parsed.fen : undefined);
        }}
      />
      {touched && error && (
        <Typography.Text type="danger" data-testid="money-input-error">
          {error}
        </Typography.Text>
      )}
      {check.ok && (
        <Typography.Text type="secondary" data-testid="money-input-fen">
          {formatYuan(check.fen)}
        </Typography.Text>
      )}
    </Flex>
  );
}
