import { Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateZh, formatYuan } from '../../../lib/format';
import type { LedgerRow } from '../api/types';
import { caseNumberOf } from '../lib/case-number';
import { sanctionsText } from '../lib/entry-text';
import { ReverseEntryButton } from './reverse-entry-button';

interface Props {
  rows: LedgerRow[];
  /** Set for the admin: fines and rewards still counting can be reversed. */
  onReverse?: (row: LedgerRow, reason: string) => Promise<unknown>;
  reversing?: boolean;
  testId?: string;
}

/** Ledger rows as an official reads them: the date, the Chinese explanation, the rule row, the amount, sanctions. */
export function EntryTable({ rows, onReverse, reversing = false, testId }: Props) {
  const { t } = useTranslation();
  return (
    <Table<LedgerRow>
      size="small"
      rowKey="entryId"
      pagination={false}
      dataSource={rows}
      data-testid={testId}
      scroll={{ x: 760 }}
      locale={{ emptyText: t('ledger.noEntries') }}
      rowClassName={(r) => (r.active && !r.reversedBy ? '' : 'ledger-row-void')}
      columns={[
        { title: t('ledger.col.date'), dataIndex: 'date', width: 120, render: (d: string) => formatDateZh(d) },
        {
          title: t('ledger.col.kind'),
          key: 'kind',
          width: 90,
          render: (_, r) => <Tag>{t(`ledger.kind.${r.kind}`)}</Tag>,
        },
        {
          title: t('ledger.col.explanation'),
          key: 'explanation',
          render: (_, r) => (
            <Flex vertical gap={2}>
              <span>{r.explanation}</span>
              {caseNumberOf(r) && (
                <Typography.Text type="secondary" data-testid="ledger-entry-case">
                  {t('ledger.col.case')}：{caseNumberOf(r)}
                </Typography.Text>
              )}
              {!r.active && <Typography.Text type="secondary">{t('ledger.inactive')}</Typography.Text>}
              {r.reversedBy && <Tag color="default">{t('ledger.reversed')}</Tag>}
            </Flex>
          ),
        },
        {
          title: t('ledger.col.row'),
          key: 'row',
          width: 90,
          render: (_, r) => (r.rowId ? t('ledger.rowLabel', { row: r.rowId }) : '—'),
        },
        {
          title: t('ledger.col.amount'),
          key: 'amount',
          width: 120,
          align: 'right',
          render: (_, r) => (r.kind === 'veto' || r.kind === 'task' ? '—' : formatYuan(r.amountFen)),
        },
        {
          title: t('ledger.col.sanctions'),
          key: 'sanctions',
          width: 160,
          render: (_, r) => sanctionsText(r.sanctions, t),
        },
        ...(onReverse
          ? [
              {
                title: t('ledger.col.actions'),
                key: 'actions',
                width: 90,
                render: (_: unknown, r: LedgerRow) =>
                  (r.kind === 'fine' || r.kind === 'reward') && r.active && !r.reversedBy ? (
                    <ReverseEntryButton kind={r.kind} busy={reversing} onReverse={(reason) => onReverse(r, reason)} />
                  ) : null,
              },
            ]
          : []),
      ]}
    />
  );
}
