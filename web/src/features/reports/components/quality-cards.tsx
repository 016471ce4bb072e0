import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MonthlyReport } from '../api/types';
import { RateCard } from './rate-card';

const SPAN = { xs: 24, sm: 8 } as const;

/**
 * Resolution quality, which every report leads with: cases resolved on time, petitioners satisfied, and the backlog.
 * Counts of visits come after it.
 */
export function QualityCards({ kpis }: { kpis: MonthlyReport['kpis'] }) {
  const { t } = useTranslation();
  const noRate = t('reports.noRate');
  return (
    <Row gutter={[16, 16]} data-testid="report-quality">
      <Col {...SPAN}>
        <RateCard
          title={t('reports.onTime')}
          rate={kpis.onTimeResolution}
          testId="report-on-time"
          noRateText={noRate}
        />
      </Col>
      <Col {...SPAN}>
        <RateCard
          title={t('reports.satisfaction')}
          rate={kpis.satisfaction}
          testId="report-satisfaction"
          noRateText={noRate}
        />
      </Col>
      <Col {...SPAN}>
        <Card data-testid="report-backlog">
          <Statistic
            title={t('reports.backlog', { years: kpis.backlog.minYears })}
            value={kpis.backlog.openAtEnd}
            suffix={t('reports.pieces')}
          />
          <Typography.Text type="secondary">
            {t('reports.backlogCleared', { count: kpis.backlog.clearedInPeriod })}
          </Typography.Text>
        </Card>
      </Col>
    </Row>
  );
}
