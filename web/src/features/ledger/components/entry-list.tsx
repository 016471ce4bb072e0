import { Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateZh, formatYuan } from '../../../lib/format';
import type { LedgerRow } from '../api/types';
import { caseNumberOf } from '../lib/case-number';
import { sanctionsText } from '../lib/entry-text';
import { ReverseEntryButton } from './reverse-entry-button';

interface Props {
  rows: LedgerRow[];
  onReverse?: (row: LedgerRow, reason: string) => Promise<unknown>;
  reversing?: boolean;
}

/** A person's entries on a phone: one short block each (date, amount, explanation, rule, sanctions), no columns. */
export function EntryList({ rows, onReverse, reversing = false }: Props) {
  const { t } = useTranslation();
  return (
    <List<LedgerRow>
      size="small"
      dataSource={rows}
      rowKey="entryId"
      locale={{ emptyText: t('ledger.noEntries') }}
      data-testid="ledger-person-entries"
      renderItem={(r) => {
        const live = r.active && !r.reversedBy;
        return (
          <List.Item style={{ paddingInline: 0, opacity: live ? 1 : 0.6 }}>
            <Flex vertical gap={2} style={{ width: '100%', minWidth: 0 }}>
              <Flex justify="space-between" gap={8}>
                <span>
                  {formatDateZh(r.date)} <Tag>{t(`ledger.kind.${r.kind}`)}</Tag>
                </span>
                <Typography.Text strong delete={!live}>
                  {r.kind === 'veto' || r.kind === 'task' ? '—' : formatYuan(r.amountFen)}
                </Typography.Text>
              </Flex>
              <span style={{ overflowWrap: 'anywhere' }}>{r.explanation}</span>
              {caseNumberOf(r) && (
                <Typography.Text type="secondary" data-testid="ledger-entry-case" style={{ overflowWrap: 'anywhere' }}>
                  {t('ledger.col.case')}：{caseNumberOf(r)}
                </Typography.Text>
              )}
              <Typography.Text type="secondary">
                {r.rowId ? `${t('ledger.rowLabel', { row: r.rowId })} · ` : ''}
                {t('ledger.col.sanctions')}：{sanctionsText(r.sanctions, t)}
              </Typography.Text>
              {!r.active && <Typography.Text type="secondary">{t('ledger.inactive')}</Typography.Text>}
              {r.reversedBy && <Tag color="default">{t('ledger.reversed')}</Tag>}
              {onReverse && (r.kind === 'fine' || r.kind === 'reward') && live && (
                <div>
                  <ReverseEntryButton kind={r.kind} busy={reversing} onReverse={(reason) => onReverse(r, reason)} />
                </div>
              )}
            </Flex>
          </List.Item>
        );
      }}
    />
  );
}
