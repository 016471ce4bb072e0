import { Col, Row, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useMonthlyReports } from '../api/get-report';
import { monthlyMoneyOption, monthlyVisitsOption, ratesOption } from '../lib/chart-options';
import { useChartTexts } from '../lib/use-chart-texts';
import { ChartCard } from './chart-card';

interface Props {
  months: readonly string[];
  visitsTitle: string;
}

/**
 * Month-by-month charts from the monthly reports of `months`: on-time and satisfaction rates first (resolution
 * quality leads), then visits by level, then money.
 */
export function TrendCharts({ months, visitsTitle }: Props) {
  const { t } = useTranslation();
  const trend = useMonthlyReports(months);
  const { texts, monthLabel } = useChartTexts();
  if (trend.error) return <ErrorAlert title={t('reports.trendFailed')} error={trend.error} onRetry={trend.refetch} />;
  if (!trend.data) return <Skeleton active paragraph={{ rows: 8 }} />;
  const reports = trend.data;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <ChartCard
          title={t('reports.chartRates')}
          option={ratesOption(reports, monthLabel, texts)}
          testId="chart-rates"
        />
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard
          title={visitsTitle}
          option={monthlyVisitsOption(reports, monthLabel)}
          testId="chart-visits-by-level"
        />
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard
          title={t('reports.chartMoney')}
          option={monthlyMoneyOption(reports, monthLabel, texts)}
          testId="chart-money"
        />
      </Col>
    </Row>
  );
}
