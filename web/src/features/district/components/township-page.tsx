import { Alert, Card, Empty, Flex, Skeleton, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDateZh } from '../../../lib/format';
import { useComparison } from '../api/get-comparison';
import type { Comparison } from '../api/types';
import { townshipTrendOption } from '../lib/chart-options';
import { useChartLabels } from '../lib/use-chart-labels';
import { usePeriod } from '../lib/use-period';
import { EChart } from './echart';
import { PeriodPicker } from './period-picker';
import { TownshipFigures } from './township-figures';

/** /district/townships/:id: one township's figures over the period, from the same comparison (aggregates only). */
export function TownshipPage({ townshipId }: { townshipId: string }) {
  const { t } = useTranslation();
  const [period, setPeriod] = usePeriod();
  const comparison = useComparison(period);
  const back = `/district?from=${period.from}&to=${period.to}`;

  let body;
  let title = t('districtCompare.title');
  if (comparison.isPending) body = <Skeleton active />;
  else if (comparison.isError)
    body = (
      <ErrorAlert
        title={t('districtCompare.loadFailed')}
        error={comparison.error}
        onRetry={() => void comparison.refetch()}
      />
    );
  else {
    const figures = comparison.data.townships.find((x) => x.townshipId === townshipId);
    if (!figures) body = <Empty description={t('districtCompare.township.notFound')} />;
    else {
      title = figures.name;
      body = <TownshipBody comparison={comparison.data} townshipId={townshipId} />;
    }
  }

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="district-township-title">
          {title}
        </Typography.Title>
        <Flex gap={16} align="center" wrap>
          <PeriodPicker value={period} onChange={setPeriod} />
          <Link to={back}>{t('districtCompare.township.back')}</Link>
        </Flex>
      </Flex>
      {body}
    </Flex>
  );
}

function TownshipBody({ comparison, townshipId }: { comparison: Comparison; townshipId: string }) {
  const { t } = useTranslation();
  const labels = useChartLabels();
  const option = useMemo(() => townshipTrendOption(comparison, townshipId, labels), [comparison, townshipId, labels]);
  const figures = comparison.townships.find((x) => x.townshipId === townshipId);
  if (!figures) return null;
  const { ranked, excluded } = comparison.rankings;
  const rank = ranked.find((r) => r.townshipId === townshipId);
  const left = excluded.find((e) => e.townshipId === townshipId);
  const chartTitle = t('districtCompare.chart.township', { name: figures.name });
  return (
    <Flex vertical gap={16}>
      <Typography.Text type="secondary">
        {t('districtCompare.periodValue', {
          from: formatDateZh(comparison.period.from),
          to: formatDateZh(comparison.period.to),
        })}
        {' · '}
        {t('districtCompare.aggregatesOnly')}
      </Typography.Text>
      {rank && (
        <Alert
          type="success"
          showIcon
          title={t('districtCompare.township.rank', { rank: rank.rank, of: ranked.length })}
        />
      )}
      {left && <Alert type="info" showIcon title={t('districtCompare.excludedTag')} description={left.reason} />}
      <TownshipFigures figures={figures} />
      <Card size="small" title={chartTitle}>
        <EChart option={option} testId="district-chart-township" label={chartTitle} />
      </Card>
    </Flex>
  );
}
