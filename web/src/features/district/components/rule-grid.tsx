import { Table, Typography } from 'antd';
import type { ColumnsType, ColumnType } from 'antd/es/table';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { RulesCost } from '../api/types';
import { ruleGridRows, yuanText, type CellField, type GridRow } from '../lib/rule-grid-rows';

const DIFF_STYLE = { background: '#fff1b8' };

/** The chosen townships' rule tables side by side, one row per visit kind and repeat count, differences highlighted. */
export function RuleGrid({ cost }: { cost: RulesCost }) {
  const { t } = useTranslation();
  const rows = ruleGridRows(cost);
  const amount = (fen: number | null) => (fen === null ? t('districtCompare.rules.none') : yuanText(fen));
  const field = (townshipId: string, key: CellField, title: string): ColumnType<GridRow> => ({
    key: `${townshipId}-${key}`,
    title,
    align: key === 'sanctions' ? 'left' : 'right',
    onCell: (row): HTMLAttributes<HTMLTableCellElement> =>
      row.differs.has(key)
        ? ({ style: DIFF_STYLE, 'data-testid': 'rule-cell-diff' } as HTMLAttributes<HTMLTableCellElement>)
        : {},
    render: (_, row) => {
      const cell = row.cells[townshipId];
      if (!cell) return t('districtCompare.rules.none');
      if (key !== 'sanctions') return amount(cell[key]);
      const parts = [
        ...(cell.retrieval ? [t('districtCompare.rules.retrieval')] : []),
        ...cell.sanctions.map((s) => t(`sanction.${s}`)),
      ];
      return (
        <span>
          {parts.length > 0 ? parts.join('、') : t('districtCompare.rules.none')}
          {cell.rowId && (
            <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 6 }}>
              {t('districtCompare.rules.row', { id: cell.rowId })}
            </Typography.Text>
          )}
        </span>
      );
    },
  });
  const columns: ColumnsType<GridRow> = [
    {
      key: 'kind',
      title: t('districtCompare.rules.kind'),
      fixed: 'left',
      render: (_, r) => `${t(`form.${r.form}`)}·${t(`level.${r.level}`)}`,
    },
    {
      key: 'repeats',
      title: t('districtCompare.rules.repeats'),
      render: (_, r) => {
        if (r.max === null) return t('districtCompare.rules.repeatsOrMore', { n: r.min });
        if (r.max === r.min) return t('districtCompare.rules.repeatsValue', { n: r.min });
        return t('districtCompare.rules.repeatsRange', { min: r.min, max: r.max });
      },
    },
    ...cost.townships
      .filter((tw) => tw.version !== null)
      .map((tw) => ({
        key: tw.townshipId,
        title: tw.name,
        children: [
          field(tw.townshipId, 'officeHeadFen', t('districtCompare.rules.officeHead')),
          field(tw.townshipId, 'villageHeadFen', t('districtCompare.rules.villageHead')),
          field(tw.townshipId, 'leadingCadreFen', t('districtCompare.rules.cadres')),
          field(tw.townshipId, 'sanctions', t('districtCompare.rules.sanctions')),
        ],
      })),
  ];
  return (
    <Table<GridRow>
      data-testid="district-rule-grid"
      rowKey="key"
      size="small"
      bordered
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={rows}
      columns={columns}
    />
  );
}
