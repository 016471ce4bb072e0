import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '../../../lib/format';
import type { MixLine, RulesCost } from '../api/types';

interface Row extends MixLine {
  index: number;
}

/** Each line of the mix priced under each township's rules, and the totals: the same visits, different rules. */
export function MixCosts({ cost }: { cost: RulesCost }) {
  const { t } = useTranslation();
  const townships = cost.townships.filter((tw) => tw.version !== null);
  const first = townships[0];
  if (!first) return null;
  const rows: Row[] = first.mix.lines.map((l, index) => ({
    level: l.level,
    form: l.form,
    repeats: l.repeats,
    count: l.count,
    index,
  }));
  const columns: ColumnsType<Row> = [
    {
      key: 'kind',
      title: t('districtCompare.rules.kind'),
      render: (_, r) =>
        `${t(`form.${r.form}`)}·${t(`level.${r.level}`)}·${t('districtCompare.rules.repeatsValue', { n: r.repeats })}`,
    },
    { key: 'count', title: t('districtCompare.rules.mixCount'), align: 'right', dataIndex: 'count' },
    ...townships.map((tw) => ({
      key: tw.townshipId,
      title: tw.name,
      align: 'right' as const,
      render: (_: unknown, r: Row) => {
        const line = tw.mix.lines[r.index];
        if (!line) return '—';
        return (
          <span>
            {formatYuan(line.totalFen)}
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {t('districtCompare.rules.perVisit')} {formatYuan(line.perVisitFen)}
            </Typography.Text>
          </span>
        );
      },
    })),
  ];
  return (
    <Table<Row>
      data-testid="district-mix-costs"
      rowKey="index"
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={rows}
      columns={columns}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} colSpan={2}>
            <Typography.Text strong>{t('districtCompare.rules.total')}</Typography.Text>
          </Table.Summary.Cell>
          {townships.map((tw, i) => (
            <Table.Summary.Cell key={tw.townshipId} index={i + 2} align="right">
              <Typography.Text strong data-testid="district-mix-total">
                {formatYuan(tw.mix.totalFen)}
              </Typography.Text>
            </Table.Summary.Cell>
          ))}
        </Table.Summary.Row>
      )}
    />
  );
}
