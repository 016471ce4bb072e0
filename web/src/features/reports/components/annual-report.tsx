import { Card, Col, DatePicker, Flex, Row, Skeleton, Statistic } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useAnnualReport } from '../api/get-report';
import type { AnnualReport as Report } from '../api/types';
import { unitMoneyOption, visitTargetOption } from '../lib/chart-options';
import { monthsOfYear } from '../lib/periods';
import { useChartTexts } from '../lib/use-chart-texts';
import { AnnualPersonTable, AnnualTargetTable, AnnualUnitTable } from './annual-tables';
import { ChartCard } from './chart-card';
import { MoneyCards } from './money-cards';
import { QualityCards } from './quality-cards';
import { ReportActions } from './report-actions';
import { ReportHeader } from './report-header';
import { ReportSection } from './report-section';
import { TrendCharts } from './trend-charts';

interface Props {
  year: number;
  /** This month in Beijing ("YYYY-MM"): the year's trend stops there. */
  latestMonth: string;
  onYearChange: (year: number) => void;
}

/**
 * 年报, laid out as the document it prints as: indicators (resolution quality first), targets, the year month by
 * month, totals, then units and persons. Each section prints on its own page.
 */
export function AnnualReport({ year, latestMonth, onYearChange }: Props) {
  const { t } = useTranslation();
  const report = useAnnualReport(year);
  const picker = (
    <DatePicker
      picker="year"
      aria-label={t('reports.year')}
      allowClear={false}
      value={dayjs(`${year}-01-01`)}
      disabledDate={(d: Dayjs) => d.year() > Number(latestMonth.slice(0, 4))}
      onChange={(d: Dayjs | null) => d && onYearChange(d.year())}
      data-testid="report-year-picker"
    />
  );
  return (
    <Flex vertical gap={16} className="report-document" data-testid="annual-report">
      <ReportHeader
        title={report.data?.title}
        pickerLabel={t('reports.year')}
        picker={picker}
        actions={<ReportActions kind="annual" param={String(year)} period={String(year)} printable />}
      />
      {report.isError && (
        <ErrorAlert title={t('reports.loadFailed')} error={report.error} onRetry={() => void report.refetch()} />
      )}
      {report.isPending && <Skeleton active paragraph={{ rows: 8 }} />}
      {report.data && <AnnualBody report={report.data} months={monthsOfYear(year, latestMonth)} />}
    </Flex>
  );
}

function AnnualBody({ report, months }: { report: Report; months: string[] }) {
  const { t } = useTranslation();
  const { texts } = useChartTexts();
  return (
    <>
      <ReportSection title={t('reports.kpis')} testId="annual-kpis">
        <QualityCards kpis={report.kpis} />
      </ReportSection>
      <ReportSection title={t('reports.targets')} testId="annual-targets">
        <AnnualTargetTable report={report} />
        <ChartCard title={t('reports.chartTarget')} option={visitTargetOption(report, texts)} testId="chart-target" />
      </ReportSection>
      <ReportSection title={t('reports.trends')} testId="annual-trends">
        <TrendCharts months={months} visitsTitle={t('reports.chartVisitsYear')} />
      </ReportSection>
      <ReportSection title={t('reports.totals')} testId="annual-totals">
        <Row gutter={[16, 16]}>
          <Col xs={24} sm={12}>
            <Card>
              <Statistic title={t('reports.visits')} value={report.totals.visits} suffix={t('reports.times')} />
            </Card>
          </Col>
        </Row>
        <MoneyCards
          finesFen={report.totals.finesFen}
          rewardsFen={report.totals.rewardsFen}
          vetoes={report.totals.vetoes}
        />
      </ReportSection>
      <ReportSection title={t('reports.byUnit')} testId="annual-units">
        <AnnualUnitTable report={report} />
        <ChartCard
          title={t('reports.chartMoneyByUnit')}
          option={unitMoneyOption(report, texts)}
          testId="chart-money-by-unit"
        />
      </ReportSection>
      <ReportSection title={t('reports.byPerson')} testId="annual-persons">
        <AnnualPersonTable report={report} />
      </ReportSection>
    </>
  );
}
