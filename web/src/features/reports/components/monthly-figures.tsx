import { Card, Col, Descriptions, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '../../../lib/format';
import type { MonthlySummary } from '../api/types';
import { RateCard } from './rate-card';

const SPAN = { xs: 24, sm: 12, xl: 8 } as const;

/**
 * One month of a township as cards. Resolution quality leads (on time,
 * satisfied); volumes, visits by level and money follow, as the product's
 * line is to judge work by how cases end, not by how often people escalate.
 */
export function MonthlyFigures({ summary }: { summary: MonthlySummary }) {
  const { t } = useTranslation();
  const { backlog, visits, fines } = summary;
  return (
    <Row gutter={[16, 16]}>
      <Col {...SPAN}>
        <RateCard title={t('home.onTime')} rate={summary.onTimeResolution} testId="kpi-on-time" />
      </Col>
      <Col {...SPAN}>
        <RateCard title={t('home.satisfaction')} rate={summary.satisfaction} testId="kpi-satisfaction" />
      </Col>
      <Col {...SPAN}>
        <Card data-testid="kpi-backlog">
          <Statistic
            title={t('home.backlog', { years: backlog.minYears })}
            value={backlog.openAtEnd}
            suffix={t('home.pieces')}
          />
          <Typography.Text type="secondary">
            {t('home.backlogCleared', { count: backlog.clearedInPeriod })}
          </Typography.Text>
        </Card>
      </Col>
      <Col {...SPAN}>
        <Card data-testid="kpi-cases">
          <Statistic
            title={t('home.cases')}
            value={`${summary.casesRegistered} / ${summary.casesResolved}`}
            suffix={t('home.pieces')}
          />
        </Card>
      </Col>
      <Col {...SPAN}>
        <Card data-testid="kpi-visits">
          <Statistic title={t('home.visits')} value={visits.total} suffix={t('home.times')} />
          <Descriptions
            size="small"
            column={visits.byLevel.length > 3 ? 3 : 2}
            title={<Typography.Text type="secondary">{t('home.visitsByLevel')}</Typography.Text>}
            items={visits.byLevel.map((l) => ({
              key: l.level,
              label: t(`level.${l.level}`, { defaultValue: l.label }),
              children: l.count,
            }))}
          />
        </Card>
      </Col>
      <Col {...SPAN}>
        <Card data-testid="kpi-fines">
          <Statistic title={t('home.fines')} value={formatYuan(fines.totalFen)} />
          <Typography.Text type="secondary">{t('home.finesCount', { count: fines.count })}</Typography.Text>
        </Card>
      </Col>
    </Row>
  );
}
