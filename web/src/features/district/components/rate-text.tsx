import { Typography } from 'antd';
import { formatFraction, formatPercent, type Rate } from '../../../lib/format';

/** "80%" with the counts behind it ("12/15"), so a reader can judge a 100 % of 1/1. */
export function RateText({ rate }: { rate: Rate }) {
  return (
    <span>
      {formatPercent(rate.value)}{' '}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {formatFraction(rate)}
      </Typography.Text>
    </span>
  );
}
