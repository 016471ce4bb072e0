import { Button, DatePicker, Flex, Progress, Segmented, Spin, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInShanghai, todayValue } from '../../../lib/today';
import { periodKeyOf, periodLabel, periodOf, type PeriodChoice } from '../lib/period-choice';

interface Props {
  running: boolean;
  onEvaluate: (period: { from: string; to: string }) => void;
}

/** Seconds since `running` turned true, ticking while it stays true. */
function useElapsedSeconds(running: boolean): number {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    if (!running) return undefined;
    setSeconds(0);
    const started = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 500);
    return () => clearInterval(timer);
  }, [running]);
  return seconds;
}

/** A month or a year to evaluate; while the API works, what it is doing and for how long. One request at a time. */
export function EvaluatePanel({ running, onEvaluate }: Props) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<PeriodChoice['kind']>('month');
  const [date, setDate] = useState<Dayjs>(() => todayValue().subtract(1, 'month'));
  const seconds = useElapsedSeconds(running);
  const choice: PeriodChoice = kind === 'month' ? { kind, month: date.format('YYYY-MM') } : { kind, year: date.year() };
  const period = periodOf(choice, todayInShanghai());
  const label = periodLabel(periodKeyOf(period));
  // The bar tells that work goes on; it approaches, never reaches, the end until the answer comes.
  const percent = Math.round(95 * (1 - Math.exp(-seconds / 8)));
  return (
    <Flex vertical gap={12} data-testid="ledger-evaluate">
      <Flex gap={12} align="center" wrap>
        <Segmented
          value={kind}
          disabled={running}
          options={[
            { value: 'month', label: t('ledger.evaluate.month') },
            { value: 'year', label: t('ledger.evaluate.year') },
          ]}
          onChange={(v) => setKind(v === 'year' ? 'year' : 'month')}
        />
        <DatePicker
          picker={kind}
          value={date}
          allowClear={false}
          disabled={running}
          disabledDate={(d) => d.isAfter(todayValue(), kind)}
          onChange={(d) => d && setDate(d)}
          data-testid="ledger-period-picker"
        />
        <Button
          type="primary"
          loading={running}
          disabled={running}
          data-testid="ledger-evaluate-run"
          onClick={() => onEvaluate(period)}
        >
          {t('ledger.evaluate.run')}
        </Button>
        <Typography.Text type="secondary">{label}</Typography.Text>
      </Flex>
      {running && (
        <Flex vertical gap={4} data-testid="ledger-evaluate-progress" role="status">
          <Spin size="small" />
          <Typography.Text>{t('ledger.evaluate.running', { period: label, seconds })}</Typography.Text>
          <Progress percent={percent} status="active" showInfo={false} />
        </Flex>
      )}
    </Flex>
  );
}
