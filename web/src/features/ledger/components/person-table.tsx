import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateZh, formatYuan } from '../../../lib/format';
import { useIsPhone } from '../../../lib/use-media-query';
import type { LedgerPersonBalance, LedgerRow } from '../api/types';
import { sanctionsText } from '../lib/entry-text';
import { EntryTable } from './entry-table';
import { PersonCards } from './person-cards';

interface Props {
  persons: LedgerPersonBalance[];
  rows: LedgerRow[];
  onReverse?: (row: LedgerRow, reason: string) => Promise<unknown>;
  reversing?: boolean;
}

/**
 * Per person: count and sum of fines, rewards, sanctions, veto, due date; a row opens the person's entries.
 * On a phone the same as cards (a table this wide would scroll sideways and cut off the amounts).
 */
export function PersonTable({ persons, rows, onReverse, reversing }: Props) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const sorted = [...persons].sort((a, b) => b.finesFen - a.finesFen || a.name.localeCompare(b.name, 'zh-CN'));
  const write = { ...(onReverse ? { onReverse } : {}), ...(reversing !== undefined ? { reversing } : {}) };
  if (phone) return <PersonCards persons={sorted} rows={rows} {...write} />;
  return (
    <Table<LedgerPersonBalance>
      size="small"
      rowKey="personId"
      dataSource={sorted}
      data-testid="ledger-persons"
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: 760 }}
      onRow={(p) => ({ 'data-person': p.name }) as object}
      expandable={{
        expandRowByClick: true,
        expandedRowRender: (p) => (
          <EntryTable
            rows={rows.filter((r) => r.personId === p.personId)}
            testId="ledger-person-entries"
            {...(onReverse ? { onReverse } : {})}
            {...(reversing !== undefined ? { reversing } : {})}
          />
        ),
      }}
      columns={[
        { title: t('ledger.col.name'), dataIndex: 'name', width: 120 },
        { title: t('ledger.col.fineCount'), dataIndex: 'fineCount', width: 90, align: 'right' },
        {
          title: t('ledger.col.fines'),
          key: 'fines',
          width: 120,
          align: 'right',
          sorter: (a, b) => a.finesFen - b.finesFen,
          render: (_, p) => formatYuan(p.finesFen),
        },
        {
          title: t('ledger.col.rewards'),
          key: 'rewards',
          width: 110,
          align: 'right',
          render: (_, p) => (p.rewardsFen ? formatYuan(p.rewardsFen) : '—'),
        },
        { title: t('ledger.col.sanctions'), key: 'sanctions', render: (_, p) => sanctionsText(p.sanctions, t) },
        {
          title: t('ledger.col.vetoed'),
          key: 'vetoed',
          width: 90,
          render: (_, p) => (p.vetoed ? <Tag color="red">{t('ledger.yes')}</Tag> : '—'),
        },
        {
          title: t('ledger.col.dueOn'),
          key: 'dueOn',
          width: 130,
          render: (_, p) => (p.dueOn && p.finesFen > 0 ? formatDateZh(p.dueOn) : '—'),
        },
      ]}
    />
  );
}
