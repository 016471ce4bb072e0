import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '../../../lib/format';

export interface WhatIfLine {
  key: string;
  name: string;
  beforeFen: number;
  afterFen: number;
  deltaFen: number;
}

/** Before, after and the difference per person or unit; every column sorts, the largest change first by default. */
export function WhatIfTable({ lines, testId }: { lines: WhatIfLine[]; testId: string }) {
  const { t } = useTranslation();
  const money = (key: 'beforeFen' | 'afterFen' | 'deltaFen') => ({
    dataIndex: key,
    align: 'right' as const,
    sorter: (a: WhatIfLine, b: WhatIfLine) => a[key] - b[key],
    render: (fen: number) =>
      key === 'deltaFen' ? (
        <Typography.Text
          type={fen > 0 ? 'danger' : fen < 0 ? 'success' : undefined}
        >{`${fen > 0 ? '+' : ''}${formatYuan(fen)}`}</Typography.Text>
      ) : (
        formatYuan(fen)
      ),
  });
  return (
    <Table<WhatIfLine>
      data-testid={testId}
      size="small"
      rowKey="key"
      pagination={lines.length > 20 ? { pageSize: 20 } : false}
      dataSource={lines}
      onRow={(line) => ({ 'data-key': line.key }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        { title: t('rules.whatIf.name'), dataIndex: 'name', sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN') },
        { title: t('rules.whatIf.before'), ...money('beforeFen') },
        { title: t('rules.whatIf.after'), ...money('afterFen') },
        {
          title: t('rules.whatIf.delta'),
          ...money('deltaFen'),
          defaultSortOrder: 'descend',
          sorter: (a: WhatIfLine, b: WhatIfLine) => Math.abs(a.deltaFen) - Math.abs(b.deltaFen),
        },
      ]}
    />
  );
}
