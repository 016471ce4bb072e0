import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '../../../lib/format';
import type { LedgerUnitBalance } from '../api/types';

/** Per unit: the fines and rewards of its people, retrieval tasks, and whether the unit is vetoed this year. */
export function UnitTable({ units }: { units: LedgerUnitBalance[] }) {
  const { t } = useTranslation();
  const sorted = [...units].sort((a, b) => b.finesFen - a.finesFen || a.name.localeCompare(b.name, 'zh-CN'));
  return (
    <Table<LedgerUnitBalance>
      size="small"
      rowKey="unitId"
      dataSource={sorted}
      data-testid="ledger-units"
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: 560 }}
      columns={[
        { title: t('ledger.col.unit'), dataIndex: 'name' },
        {
          title: t('ledger.col.fines'),
          key: 'fines',
          align: 'right',
          sorter: (a, b) => a.finesFen - b.finesFen,
          render: (_, u) => formatYuan(u.finesFen),
        },
        {
          title: t('ledger.col.rewards'),
          key: 'rewards',
          align: 'right',
          render: (_, u) => (u.rewardsFen ? formatYuan(u.rewardsFen) : '—'),
        },
        { title: t('ledger.col.tasks'), dataIndex: 'retrievalTasks', align: 'right' },
        {
          title: t('ledger.col.vetoed'),
          key: 'vetoed',
          render: (_, u) => (u.vetoed ? <Tag color="red">{t('ledger.yes')}</Tag> : '—'),
        },
      ]}
    />
  );
}
