import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { PenaltyRow } from '../api/types';
import { type CellKey, rowCells } from '../lib/row-cells';

interface Props {
  rows: readonly PenaltyRow[];
  /** Cells to highlight (a diff's changed cells), by row id. */
  changed?: ReadonlyMap<string, ReadonlySet<CellKey>>;
  testId?: string;
}

type Line = { row: PenaltyRow; cells: Record<CellKey, string> };

/** A version's penalty rows, read like the seed's table: visits and repeats against whom it fines and how. */
export function RuleTable({ rows, changed, testId = 'rule-table' }: Props) {
  const { t } = useTranslation();
  const lines: Line[] = rows.map((row) => ({ row, cells: rowCells(row, t) }));
  const cell = (key: CellKey, align?: 'right') => ({
    key,
    align,
    render: (_: unknown, line: Line) => line.cells[key],
    onCell: (line: Line) => {
      const hit = changed?.get(line.row.id)?.has(key) ?? false;
      return hit ? { className: 'rule-cell-changed', 'data-changed': 'true', style: { background: '#fff1b8' } } : {};
    },
  });
  const columns: ColumnsType<Line> = [
    {
      title: t('rules.col.id'),
      key: 'id',
      width: 64,
      render: (_, line) => <Typography.Text strong>{line.row.id}</Typography.Text>,
    },
    { title: t('rules.col.kinds'), ...cell('kinds') },
    { title: t('rules.col.repeats'), width: 110, ...cell('repeats') },
    { title: t('rules.col.officeHead'), width: 120, ...cell('officeHead', 'right') },
    { title: t('rules.col.villageHead'), width: 110, ...cell('villageHead', 'right') },
    { title: t('rules.col.cadres'), width: 120, ...cell('cadres') },
    { title: t('rules.col.sanctions'), ...cell('sanctions') },
    { title: t('rules.col.late'), ...cell('late') },
  ];
  return (
    <Table<Line>
      data-testid={testId}
      size="small"
      bordered
      pagination={false}
      rowKey={(line) => line.row.id}
      columns={columns}
      dataSource={lines}
      onRow={(line) => ({ 'data-row-id': line.row.id }) as React.HTMLAttributes<HTMLElement>}
    />
  );
}
