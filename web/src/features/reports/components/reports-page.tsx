import { Flex, Tabs, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInShanghai } from '../../../lib/today';
import { useSearchParams } from 'react-router';
import { isMonth, monthInShanghai } from '../../../lib/month';
import { AnnualReport } from './annual-report';
import { MonthlyReport } from './monthly-report';
import { WeeklyReport } from './weekly-report';
import './reports-print.css';

const TABS = ['weekly', 'monthly', 'annual'] as const;
type Tab = (typeof TABS)[number];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * /reports: 周报 · 月报 · 年报. The tab and its period live in the URL (?tab=annual&year=2025) so a report can be
 * shared, reloaded or printed again; the month report is the default, as the township reviews work monthly.
 */
export function ReportsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const now = new Date();
  const latestMonth = monthInShanghai(now);
  const today = todayInShanghai(now);
  const tab: Tab = TABS.find((x) => x === params.get('tab')) ?? 'monthly';
  const month = isMonth(params.get('month')) ? (params.get('month') ?? latestMonth) : latestMonth;
  const week = params.get('week') ?? '';
  const year = Number(params.get('year')) || Number(latestMonth.slice(0, 4));
  const set = (next: Record<string, string>) => setParams({ tab, ...next }, { replace: true });

  const body: Record<Tab, () => ReactNode> = {
    weekly: () => (
      <WeeklyReport date={DATE.test(week) ? week : today} today={today} onDateChange={(d) => set({ week: d })} />
    ),
    monthly: () => <MonthlyReport month={month} latestMonth={latestMonth} onMonthChange={(m) => set({ month: m })} />,
    annual: () => <AnnualReport year={year} latestMonth={latestMonth} onYearChange={(y) => set({ year: String(y) })} />,
  };
  return (
    <Flex vertical gap={8}>
      <Typography.Title level={2} style={{ margin: 0 }} className="no-print">
        {t('reports.title')}
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        destroyOnHidden
        items={TABS.map((key) => ({
          key,
          label: <span data-testid={`report-tab-${key}`}>{t(`reports.${key}`)}</span>,
          children: key === tab ? body[key]() : null,
        }))}
      />
    </Flex>
  );
}
