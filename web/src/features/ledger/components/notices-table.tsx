import { Button, Flex, Modal, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateZh, formatYuan } from '../../../lib/format';
import type { OverdueNotice, PenaltyNotice } from '../api/types';
import { PaymentForm } from './payment-form';

interface Props {
  periodKey: string;
  notices: PenaltyNotice[];
  overdue: OverdueNotice[];
  /** Set for the admin of an issued period. */
  onPay?: (notice: PenaltyNotice, payment: { amountFen: number; paidOn: string }) => Promise<unknown>;
  paying?: boolean;
}

/** Penalty and supplementary notices: due dates, what was paid, overdue marks; payments recorded against one. */
export function NoticesTable({ periodKey, notices, overdue, onPay, paying = false }: Props) {
  const { t } = useTranslation();
  const [payingFor, setPayingFor] = useState<PenaltyNotice | undefined>();
  const overdueOf = new Map(overdue.map((o) => [o.noticeId, o]));
  const printHref = (noticeId?: string) =>
    `/ledger/print?period=${encodeURIComponent(periodKey)}${noticeId ? `&notice=${encodeURIComponent(noticeId)}` : ''}`;
  return (
    <Flex vertical gap={12}>
      <Flex justify="flex-end">
        <Link to={printHref()} data-testid="notices-print-all">
          {t('ledger.notices.printAll')}
        </Link>
      </Flex>
      <Table<PenaltyNotice>
        size="small"
        rowKey="noticeId"
        dataSource={notices}
        data-testid="ledger-notices"
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 900 }}
        locale={{ emptyText: t('ledger.notices.none') }}
        onRow={(n) => ({ 'data-person': n.name }) as object}
        columns={[
          { title: t('ledger.col.name'), dataIndex: 'name', width: 110 },
          {
            title: t('ledger.col.kind'),
            key: 'kind',
            width: 110,
            render: (_, n) => (n.proposalId ? t('ledger.notices.supplementary') : t('ledger.notices.penalty')),
          },
          {
            title: t('ledger.notices.noticeDate'),
            key: 'noticeDate',
            width: 130,
            render: (_, n) => formatDateZh(n.noticeDate),
          },
          {
            title: t('ledger.col.dueOn'),
            key: 'dueOn',
            width: 200,
            render: (_, n) => {
              const late = overdueOf.get(n.noticeId);
              return (
                <Space size={4} wrap>
                  <span>{formatDateZh(n.dueOn)}</span>
                  {late && (
                    <Tag color="red" data-testid="notice-overdue">
                      {t('ledger.notices.overdue')} · {late.nextStep.label}
                    </Tag>
                  )}
                  {n.outstandingFen === 0 && n.totalFen > 0 && <Tag color="green">{t('ledger.notices.settled')}</Tag>}
                </Space>
              );
            },
          },
          {
            title: t('ledger.notices.total'),
            key: 'total',
            align: 'right',
            width: 110,
            render: (_, n) => formatYuan(n.totalFen),
          },
          {
            title: t('ledger.notices.paid'),
            key: 'paid',
            align: 'right',
            width: 110,
            render: (_, n) => <span data-testid="notice-paid">{formatYuan(n.paidFen)}</span>,
          },
          {
            title: t('ledger.notices.outstanding'),
            key: 'outstanding',
            align: 'right',
            width: 110,
            render: (_, n) => <span data-testid="notice-outstanding">{formatYuan(n.outstandingFen)}</span>,
          },
          {
            title: t('ledger.col.actions'),
            key: 'actions',
            width: 170,
            render: (_, n) => (
              <Space size={4}>
                {onPay && n.outstandingFen > 0 && (
                  <Button size="small" data-testid="notice-pay" onClick={() => setPayingFor(n)}>
                    {t('ledger.notices.pay')}
                  </Button>
                )}
                <Link to={printHref(n.noticeId)} data-testid="notice-print">
                  {t('ledger.notices.print')}
                </Link>
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={payingFor !== undefined}
        title={payingFor ? t('ledger.payment.title', { name: payingFor.name }) : ''}
        footer={null}
        destroyOnHidden
        onCancel={() => setPayingFor(undefined)}
      >
        {payingFor && onPay && (
          <PaymentForm
            outstandingFen={payingFor.outstandingFen}
            submitting={paying}
            onSubmit={(payment) =>
              void onPay(payingFor, payment)
                .then(() => setPayingFor(undefined))
                .catch(() => undefined)
            }
          />
        )}
      </Modal>
    </Flex>
  );
}
