import { Alert, Button, Card, Flex, Popconfirm, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '../../../lib/format';
import type { CorrectionItem, LedgerCorrectionProposal } from '../api/types';
import { caseNumberOf } from '../lib/case-number';
import { signedYuan } from '../lib/signed-yuan';

interface Props {
  proposal: LedgerCorrectionProposal | null;
  canConfirm: boolean;
  confirming: boolean;
  onConfirm: () => void;
}

/** Re-evaluating an issued period: per person, the entry reversed, the new entry, the net change and why. */
export function CorrectionsView({ proposal, canConfirm, confirming, onConfirm }: Props) {
  const { t } = useTranslation();
  if (!proposal) return <Alert type="success" showIcon title={t('ledger.corrections.none')} />;
  const persons = proposal.persons.filter((p) => proposal.items.some((i) => i.personId === p.personId));
  const unnamed = proposal.items.filter((i) => !i.personId);
  const entry = (e: CorrectionItem['reversed']) =>
    e ? (
      <Flex vertical gap={2}>
        <span>{e.explanation}</span>
        {caseNumberOf(e) && (
          <Typography.Text type="secondary">
            {t('ledger.col.case')}：<span style={{ whiteSpace: 'nowrap' }}>{caseNumberOf(e)}</span>
          </Typography.Text>
        )}
        <Typography.Text type="secondary">
          {e.rowId ? `${t('ledger.rowLabel', { row: e.rowId })} · ` : ''}
          {formatYuan(e.amountFen)}
        </Typography.Text>
      </Flex>
    ) : (
      '—'
    );
  const table = (items: CorrectionItem[]) => (
    <Table<CorrectionItem>
      size="small"
      pagination={false}
      rowKey="baseId"
      dataSource={items}
      scroll={{ x: 720 }}
      columns={[
        { title: t('ledger.col.kind'), key: 'kind', width: 80, render: (_, i) => t(`ledger.kind.${i.kind}`) },
        { title: t('ledger.corrections.reversedEntry'), key: 'reversed', render: (_, i) => entry(i.reversed) },
        { title: t('ledger.corrections.addedEntry'), key: 'added', render: (_, i) => entry(i.added) },
        {
          title: t('ledger.corrections.net'),
          key: 'net',
          width: 120,
          render: (_, i) => <span data-testid="correction-net">{signedYuan(i.netFen)}</span>,
        },
        { title: t('ledger.corrections.reason'), dataIndex: 'reasonText', width: 160 },
      ]}
    />
  );
  return (
    <Flex vertical gap={12} data-testid="ledger-corrections">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('ledger.corrections.title')}
          {proposal.status !== 'pending' && (
            <Tag style={{ marginInlineStart: 8 }}>{t(`ledger.corrections.${proposal.status}`)}</Tag>
          )}
        </Typography.Title>
        {proposal.status === 'pending' &&
          (canConfirm ? (
            <Popconfirm
              title={t('ledger.corrections.confirmTitle')}
              description={t('ledger.corrections.confirmText', { count: persons.length })}
              okText={t('ledger.corrections.confirm')}
              cancelText={t('ledger.issue.cancel')}
              onConfirm={onConfirm}
            >
              <Button type="primary" loading={confirming} data-testid="corrections-confirm">
                {t('ledger.corrections.confirm')}
              </Button>
            </Popconfirm>
          ) : (
            <Typography.Text type="secondary">{t('ledger.corrections.adminOnly')}</Typography.Text>
          ))}
      </Flex>
      <Typography.Text type="secondary">{t('ledger.corrections.intro')}</Typography.Text>
      {persons.map((p) => (
        <Card
          key={p.personId}
          size="small"
          data-testid="correction-person"
          title={p.name}
          extra={
            <Typography.Text strong>
              {t('ledger.corrections.net')}：{signedYuan(p.netFinesFen)}
            </Typography.Text>
          }
        >
          {table(proposal.items.filter((i) => i.personId === p.personId))}
        </Card>
      ))}
      {unnamed.length > 0 && <Card size="small">{table(unnamed)}</Card>}
    </Flex>
  );
}
