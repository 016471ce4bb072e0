import { Card, Col, Row } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comparison } from '../api/types';
import { levelMixOption, townshipBarsOption, trendOption } from '../lib/chart-options';
import { useChartLabels } from '../lib/use-chart-labels';
import { EChart } from './echart';

interface Props {
  comparison: Comparison;
  /** A township's bar was clicked. */
  onPick: (townshipId: string) => void;
}

/** Bars per township, the monthly trend per township, and the level mix. */
export function ComparisonCharts({ comparison, onPick }: Props) {
  const { t } = useTranslation();
  const labels = useChartLabels();
  const bars = useMemo(() => townshipBarsOption(comparison, labels), [comparison, labels]);
  const trend = useMemo(() => trendOption(comparison), [comparison]);
  const mix = useMemo(() => levelMixOption(comparison, labels), [comparison, labels]);
  const pick = (index: number) => {
    const township = comparison.townships[index];
    if (township) onPick(township.townshipId);
  };
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Card size="small" title={t('districtCompare.chart.bars')}>
          <EChart option={bars} onPick={pick} testId="district-chart-bars" label={t('districtCompare.chart.bars')} />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card size="small" title={t('districtCompare.chart.levelMix')}>
          <EChart
            option={mix}
            onPick={pick}
            testId="district-chart-levels"
            label={t('districtCompare.chart.levelMix')}
          />
        </Card>
      </Col>
      <Col span={24}>
        <Card size="small" title={t('districtCompare.chart.trend')}>
          <EChart option={trend} testId="district-chart-trend" label={t('districtCompare.chart.trend')} />
        </Card>
      </Col>
    </Row>
  );
}
