import { Card, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatFraction, formatPercent, type Rate } from '../../../lib/format';

interface Props {
  title: string;
  rate: Rate;
  testId: string;
  /** Shown instead of the counts when there was nothing to count; the home page's month by default. */
  noRateText?: string;
}

/** A KPI as a percentage, with the counts behind it so that 1/1 does not pass for 100 of 100. */
export function RateCard({ title, rate, testId, noRateText }: Props) {
  const { t } = useTranslation();
  const counted = rate.value !== null && rate.denominator > 0;
  return (
    <Card data-testid={testId}>
      <Statistic
        title={title}
        value={formatPercent(counted ? rate.value : null)}
        formatter={(v) => <span data-testid={`${testId}-value`}>{v}</span>}
        suffix={
          <Typography.Text type="secondary" style={{ fontSize: 14 }} data-testid={`${testId}-fraction`}>
            {counted ? formatFraction(rate) : (noRateText ?? t('home.noRate'))}
          </Typography.Text>
        }
      />
    </Card>
  );
}
