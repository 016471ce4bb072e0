import { DatePicker, Empty, Flex, Skeleton, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { formatMonthZh } from '../../../lib/month';
import { useMonthlySummary } from '../api/get-monthly-summary';
import { isEmptyMonth } from '../lib/is-empty-month';
import { MonthlyFigures } from './monthly-figures';

interface Props {
  /** "YYYY-MM" */
  month: string;
  /** The current month in Beijing: later months cannot have figures yet. */
  latestMonth: string;
  onMonthChange: (month: string) => void;
}

/** The township's month at a glance, with a month picker; defaults to this month. */
export function MonthlyOverview({ month, latestMonth, onMonthChange }: Props) {
  const { t, i18n } = useTranslation();
  const summary = useMonthlySummary(month);
  const monthLabel = i18n.language === 'en' ? month : formatMonthZh(month);
  const latest = dayjs(`${latestMonth}-01`);

  const picker = (
    <DatePicker
      picker="month"
      aria-label={t('home.month')}
      allowClear={false}
      value={dayjs(`${month}-01`)}
      format={i18n.language === 'en' ? 'YYYY-MM' : 'YYYY年M月'}
      disabledDate={(d: Dayjs) => d.isAfter(latest, 'month')}
      onChange={(d: Dayjs | null) => d && onMonthChange(d.format('YYYY-MM'))}
    />
  );

  let body;
  if (summary.isPending) body = <Skeleton active paragraph={{ rows: 6 }} />;
  else if (summary.isError)
    body = <ErrorAlert title={t('home.reportFailed')} error={summary.error} onRetry={() => void summary.refetch()} />;
  else if (isEmptyMonth(summary.data))
    body = <Empty description={t('home.emptyMonth', { month: monthLabel })}>{t('home.emptyHint')}</Empty>;
  else body = <MonthlyFigures summary={summary.data} />;

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('home.overview', { month: monthLabel })}
        </Typography.Title>
        <Flex align="center" gap={8}>
          <Typography.Text type="secondary">{t('home.month')}</Typography.Text>
          {picker}
        </Flex>
      </Flex>
      <div aria-busy={summary.isPending}>{body}</div>
    </Flex>
  );
}
