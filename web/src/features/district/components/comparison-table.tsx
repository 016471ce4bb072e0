import { Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatPercent, formatYuan } from '../../../lib/format';
import type { ComparisonPeriod } from '../api/get-comparison';
import type { Comparison, TownshipFigures } from '../api/types';
import { rankedRows, type RankedTownship } from '../lib/ranked-rows';
import { RateText } from './rate-text';

interface Props {
  comparison: Comparison;
  period: ComparisonPeriod;
}

const oneDecimal = (n: number | null) => (n === null ? '—' : (Math.round(n * 10) / 10).toString());

/** The comparison as a table: rank and resolution quality first, counts and money after; unranked rows say why. */
export function ComparisonTable({ comparison, period }: Props) {
  const { t } = useTranslation();
  const link = (f: TownshipFigures) =>
    `/district/townships/${encodeURIComponent(f.townshipId)}?from=${period.from}&to=${period.to}`;
  const change = (c: TownshipFigures['visits']['vsPreviousYear']) => {
    if (c.change === null) return t('districtCompare.changeNone');
    if (c.change === 0) return t('districtCompare.changeFlat');
    const pct = formatPercent(Math.abs(c.change));
    return c.change > 0 ? t('districtCompare.changeUp', { pct }) : t('districtCompare.changeDown', { pct });
  };
  const columns: ColumnsType<RankedTownship> = [
    {
      key: 'rank',
      title: t('districtCompare.col.rank'),
      fixed: 'left',
      width: 72,
      render: (_, r) =>
        r.rank === null ? (
          <Tooltip title={r.reason}>
            <Tag data-testid="district-unranked">{t('districtCompare.excludedTag')}</Tag>
          </Tooltip>
        ) : (
          <Typography.Text strong>{r.rank}</Typography.Text>
        ),
    },
    {
      key: 'name',
      title: t('districtCompare.col.township'),
      fixed: 'left',
      render: (_, r) => (
        <Link to={link(r.figures)} data-testid="district-township-link">
          {r.figures.name}
        </Link>
      ),
    },
    {
      key: 'onTime',
      title: t('districtCompare.col.onTimeResolution'),
      render: (_, r) => <RateText rate={r.figures.onTimeResolution} />,
    },
    {
      key: 'satisfaction',
      title: t('districtCompare.col.satisfaction'),
      render: (_, r) => <RateText rate={r.figures.satisfaction} />,
    },
    {
      key: 'acceptance',
      title: t('districtCompare.col.onTimeAcceptance'),
      render: (_, r) => <RateText rate={r.figures.onTimeAcceptance} />,
    },
    { key: 'visits', title: t('districtCompare.col.visits'), align: 'right', render: (_, r) => r.figures.visits.total },
    {
      key: 'forms',
      title: t('districtCompare.col.byForm'),
      align: 'right',
      render: (_, r) => `${r.figures.visits.byForm.individual}/${r.figures.visits.byForm.collective}`,
    },
    {
      key: 'change',
      title: t('districtCompare.col.vsPreviousYear'),
      render: (_, r) => change(r.figures.visits.vsPreviousYear),
    },
    {
      key: 'target',
      title: t('districtCompare.col.target', { pct: comparison.townships[0]?.visits.target.reductionPct ?? 30 }),
      render: (_, r) => {
        const { met, targetVisits } = r.figures.visits.target;
        if (met === null || targetVisits === null) return t('districtCompare.targetNone');
        return met ? (
          <Tag color="green">{t('districtCompare.targetMet', { n: targetVisits })}</Tag>
        ) : (
          <Tag color="red">{t('districtCompare.targetMissed', { n: targetVisits })}</Tag>
        );
      },
    },
    {
      key: 'escalation',
      title: t('districtCompare.col.escalation'),
      render: (_, r) => <RateText rate={r.figures.escalation} />,
    },
    { key: 'repeat', title: t('districtCompare.col.repeat'), render: (_, r) => <RateText rate={r.figures.repeat} /> },
    {
      key: 'backlog',
      title: t('districtCompare.col.backlog'),
      align: 'right',
      render: (_, r) => `${r.figures.backlog.openAtEnd}/${r.figures.backlog.clearedInPeriod}`,
    },
    {
      key: 'fines',
      title: t('districtCompare.col.fines'),
      align: 'right',
      render: (_, r) => formatYuan(r.figures.money.finesFen),
    },
    {
      key: 'rewards',
      title: t('districtCompare.col.rewards'),
      align: 'right',
      render: (_, r) => formatYuan(r.figures.money.rewardsFen),
    },
    { key: 'vetoes', title: t('districtCompare.col.vetoes'), align: 'right', render: (_, r) => r.figures.money.vetoes },
    {
      key: 'per10k',
      title: t('districtCompare.col.per10k'),
      align: 'right',
      render: (_, r) => oneDecimal(r.figures.perTenThousand.visits),
    },
  ];
  return (
    <Table<RankedTownship>
      data-testid="district-comparison-table"
      rowKey={(r) => r.figures.townshipId}
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={rankedRows(comparison)}
      columns={columns}
    />
  );
}
