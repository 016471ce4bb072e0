import { Card, Collapse, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateZh, formatYuan } from '../../../lib/format';
import type { LedgerPersonBalance, LedgerRow } from '../api/types';
import { sanctionsText } from '../lib/entry-text';
import { EntryList } from './entry-list';

interface Props {
  persons: LedgerPersonBalance[];
  rows: LedgerRow[];
  onReverse?: (row: LedgerRow, reason: string) => Promise<unknown>;
  reversing?: boolean;
}

/** The per-person ledger on a phone: a card each with name, unit, fines in yuan and sanctions; entries fold out. */
export function PersonCards({ persons, rows, onReverse, reversing }: Props) {
  const { t } = useTranslation();
  if (persons.length === 0) return <Typography.Text type="secondary">{t('ledger.noEntries')}</Typography.Text>;
  return (
    <Flex vertical gap={8} data-testid="ledger-person-cards">
      {persons.map((p) => {
        const mine = rows.filter((r) => r.personId === p.personId);
        const units = [...new Set(mine.flatMap((r) => (r.unitName ? [r.unitName] : [])))].join('、');
        return (
          <Card key={p.personId} size="small" data-testid="ledger-person-card" data-person={p.name}>
            <Flex justify="space-between" align="baseline" gap={8}>
              <Typography.Text strong style={{ fontSize: 16 }}>
                {p.name}
              </Typography.Text>
              <Typography.Text strong style={{ fontSize: 16 }} data-testid="ledger-person-total">
                {formatYuan(p.finesFen)}
              </Typography.Text>
            </Flex>
            <Flex vertical gap={2}>
              {units && <Typography.Text type="secondary">{units}</Typography.Text>}
              <span>
                {t('ledger.card.fines', { count: p.fineCount })}
                {p.rewardsFen ? ` · ${t('ledger.col.rewards')} ${formatYuan(p.rewardsFen)}` : ''}
                {p.dueOn && p.finesFen > 0 ? ` · ${t('ledger.col.dueOn')} ${formatDateZh(p.dueOn)}` : ''}
              </span>
              <span>
                {t('ledger.col.sanctions')}：{sanctionsText(p.sanctions, t)}
                {p.vetoed && (
                  <Tag color="red" style={{ marginInlineStart: 8 }}>
                    {t('ledger.col.vetoed')}
                  </Tag>
                )}
              </span>
            </Flex>
            <Collapse
              ghost
              size="small"
              items={[
                {
                  key: 'entries',
                  label: t('ledger.card.entries', { count: mine.length }),
                  children: (
                    <EntryList
                      rows={mine}
                      {...(onReverse ? { onReverse } : {})}
                      {...(reversing !== undefined ? { reversing } : {})}
                    />
                  ),
                },
              ]}
            />
          </Card>
        );
      })}
    </Flex>
  );
}
