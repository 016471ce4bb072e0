import { Empty, Flex, Skeleton, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { formatMonthZh } from '../../../lib/month';
import { useAfterFirstPaint } from '../../../lib/use-after-first-paint';
import { useMonthlySummary } from '../api/get-monthly-summary';
import { isEmptyMonth } from '../lib/is-empty-month';
import { MonthlyFigures } from './monthly-figures';

// Its own chunk, fetched once the page has drawn (month-picker.tsx).
const MonthPicker = lazy(() => import('./month-picker').then((m) => ({ default: m.MonthPicker })));
/** Wide enough for "2026年12月" and the calendar icon; the placeholder before the picker arrives has it too. */
const PICKER_WIDTH = 140;

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

  // The picker's code (antd's date picker) is asked for once the page's first paint is on screen.
  const painted = useAfterFirstPaint();
  const pickerPlaceholder = <Skeleton.Input active style={{ width: PICKER_WIDTH, minWidth: 0 }} />;
  const picker = painted ? (
    <Suspense fallback={pickerPlaceholder}>
      <MonthPicker
        month={month}
        latestMonth={latestMonth}
        onChange={onMonthChange}
        label={t('home.month')}
        width={PICKER_WIDTH}
      />
    </Suspense>
  ) : (
    pickerPlaceholder
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
