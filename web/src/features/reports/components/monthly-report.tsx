import { Card, Col, Flex, Row, Skeleton, Statistic, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { formatYuan } from '../../../lib/format';
import { useMonthlyReport } from '../api/get-report';
import type { MonthlyReport as Report } from '../api/types';
import { monthsEnding } from '../lib/periods';
import { MoneyCards } from './money-cards';
import { MonthPicker } from './month-picker';
import { QualityCards } from './quality-cards';
import { ReportActions } from './report-actions';
import { ReportHeader } from './report-header';
import { TrendCharts } from './trend-charts';

const TREND_MONTHS = 6;

interface Props {
  /** "YYYY-MM" */
  month: string;
  /** This month in Beijing: later months have no figures yet. */
  latestMonth: string;
  onMonthChange: (month: string) => void;
}

/** 月报: the month's resolution quality, volumes and money, the last six months as charts, and units. */
export function MonthlyReport({ month, latestMonth, onMonthChange }: Props) {
  const { t } = useTranslation();
  const report = useMonthlyReport(month);
  const picker = (
    <MonthPicker
      month={month}
      latestMonth={latestMonth}
      onChange={onMonthChange}
      label={t('reports.month')}
      testId="report-month-picker"
    />
  );
  return (
    <Flex vertical gap={16}>
      <ReportHeader
        title={report.data?.title}
        pickerLabel={t('reports.month')}
        picker={picker}
        actions={<ReportActions kind="monthly" param={month} period={month} />}
      />
      {report.isError && (
        <ErrorAlert title={t('reports.loadFailed')} error={report.error} onRetry={() => void report.refetch()} />
      )}
      {report.isPending && <Skeleton active paragraph={{ rows: 6 }} />}
      {report.data && <MonthlyBody report={report.data} />}
      <TrendCharts
        months={monthsEnding(month, TREND_MONTHS)}
        visitsTitle={t('reports.chartVisitsTrend', { count: TREND_MONTHS })}
      />
    </Flex>
  );
}

function MonthlyBody({ report }: { report: Report }) {
  const { t } = useTranslation();
  const f = report.figures;
  return (
    <>
      <QualityCards kpis={report.kpis} />
      <Row gutter={[16, 16]} data-testid="report-volume">
        <Col xs={24} sm={12}>
          <Card>
            <Statistic
              title={t('reports.cases')}
              value={`${f.casesRegistered} / ${f.casesResolved}`}
              suffix={t('reports.pieces')}
            />
          </Card>
        </Col>
        <Col xs={24} sm={12}>
          <Card>
            <Statistic
              title={t('reports.visits')}
              value={t('reports.visitsValue', { total: f.visits.total, headcount: f.visits.headcount })}
            />
            <Typography.Text type="secondary">
              {f.visits.byLevel.map((l) => `${l.label} ${l.count}`).join(' · ')}
            </Typography.Text>
          </Card>
        </Col>
      </Row>
      <MoneyCards finesFen={f.fines.totalFen} fineCount={f.fines.count} rewardsFen={f.rewardsFen} vetoes={f.vetoes} />
      <Card size="small" title={t('reports.byUnit')}>
        <Table
          size="small"
          rowKey="unitId"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={f.byUnit}
          columns={[
            { title: t('reports.unit'), dataIndex: 'name' },
            { title: t('reports.visits'), dataIndex: 'visits', align: 'right' },
            {
              title: t('reports.amount'),
              dataIndex: 'finesFen',
              align: 'right',
              render: (fen: number) => formatYuan(fen),
            },
          ]}
        />
      </Card>
    </>
  );
}
