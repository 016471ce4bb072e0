import { Card, Col, DatePicker, Flex, Row, Skeleton, Statistic, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDateZh, formatYuan } from '../../../lib/format';
import { useWeeklyReport } from '../api/get-report';
import type { WeeklyReport as Report } from '../api/types';
import { weeklyVisitsOption } from '../lib/chart-options';
import { weekDays } from '../lib/periods';
import { ChartCard } from './chart-card';
import { ReportActions } from './report-actions';
import { ReportHeader } from './report-header';

interface Props {
  /** Any date of the week ("YYYY-MM-DD"); the API reports its Monday to Sunday. */
  date: string;
  today: string;
  onDateChange: (date: string) => void;
}

/** 周报: the week's visits (by day and level, then listed) and the penalties they incurred. */
export function WeeklyReport({ date, today, onDateChange }: Props) {
  const { t } = useTranslation();
  const report = useWeeklyReport(date);
  const picker = (
    <DatePicker
      picker="week"
      aria-label={t('reports.week')}
      allowClear={false}
      value={dayjs(date)}
      disabledDate={(d: Dayjs) => d.isAfter(dayjs(today), 'day')}
      onChange={(d: Dayjs | null) => d && onDateChange(d.format('YYYY-MM-DD'))}
      data-testid="report-week-picker"
    />
  );
  return (
    <Flex vertical gap={16}>
      <ReportHeader
        title={report.data?.title}
        pickerLabel={t('reports.week')}
        picker={picker}
        actions={<ReportActions kind="weekly" param={date} period={report.data?.week.from ?? date} />}
      />
      {report.isError && (
        <ErrorAlert title={t('reports.loadFailed')} error={report.error} onRetry={() => void report.refetch()} />
      )}
      {report.isPending && <Skeleton active paragraph={{ rows: 6 }} />}
      {report.data && <WeeklyBody report={report.data} />}
    </Flex>
  );
}

function WeeklyBody({ report }: { report: Report }) {
  const { t, i18n } = useTranslation();
  const v = report.visits;
  const days = weekDays(report.week.from);
  const dayLabel = (d: string) => (i18n.language === 'en' ? d.slice(5) : formatDateZh(d).slice(5));
  return (
    <>
      <Row gutter={[16, 16]}>
        <Col xs={24} sm={12}>
          <Card>
            <Statistic
              title={t('reports.visits')}
              value={t('reports.visitsValue', { total: v.total, headcount: v.headcount })}
            />
          </Card>
        </Col>
        <Col xs={24} sm={12}>
          <Card>
            <Statistic
              title={`${t('reports.newPenalties')}（${report.newPenalties.items.length}）`}
              value={formatYuan(report.newPenalties.totalFen)}
            />
          </Card>
        </Col>
      </Row>
      <ChartCard
        title={t('reports.chartVisitsWeek')}
        option={weeklyVisitsOption(report, days, dayLabel)}
        testId="chart-visits-by-level"
      />
      <Card size="small" title={t('reports.visitList')}>
        <Table
          size="small"
          rowKey={(r) => `${r.date}-${r.caseId}-${r.level}-${r.formLabel}`}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('reports.noVisits') }}
          dataSource={v.list}
          columns={[
            { title: t('reports.date'), dataIndex: 'date', render: (d: string) => formatDateZh(d) },
            { title: t('reports.caseNumber'), dataIndex: 'caseNumber' },
            { title: t('reports.level'), dataIndex: 'levelLabel' },
            { title: t('reports.form'), dataIndex: 'formLabel' },
            { title: t('reports.headcount'), dataIndex: 'headcount', align: 'right' },
            { title: t('reports.units'), dataIndex: 'units', render: (u: string[]) => u.join('、') },
          ]}
        />
      </Card>
      <Card size="small" title={t('reports.newPenalties')}>
        <Table
          size="small"
          rowKey={(r) => `${r.personId}-${r.caseId}-${r.visitDate}-${r.rowId}`}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('reports.noPenalties') }}
          dataSource={report.newPenalties.items}
          columns={[
            { title: t('reports.person'), dataIndex: 'name' },
            { title: t('reports.unit'), dataIndex: 'unitName' },
            { title: t('reports.caseNumber'), dataIndex: 'caseNumber' },
            { title: t('reports.visitDate'), dataIndex: 'visitDate', render: (d: string) => formatDateZh(d) },
            {
              title: t('reports.amount'),
              dataIndex: 'amountFen',
              align: 'right',
              render: (f: number) => formatYuan(f),
            },
            { title: t('reports.sanctions'), dataIndex: 'sanctions', render: (s: string[]) => s.join('、') },
            { title: t('reports.explanation'), dataIndex: 'explanation' },
          ]}
        />
      </Card>
    </>
  );
}
