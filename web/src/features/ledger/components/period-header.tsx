import { Button, Flex, Popconfirm, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTimeZh, formatDateZh } from '../../../lib/format';
import type { LedgerPeriod } from '../api/types';
import { periodLabel } from '../lib/period-choice';

interface Props {
  period: LedgerPeriod;
  canIssue: boolean;
  issuing: boolean;
  onIssue: () => void;
}

/** The chosen period: draft or issued, its dates, and for a draft the admin's 下发处罚通知 with a confirmation. */
export function PeriodHeader({ period, canIssue, issuing, onIssue }: Props) {
  const { t } = useTranslation();
  const label = periodLabel(period.periodKey);
  const issued = period.status === 'issued';
  return (
    <Flex justify="space-between" align="center" wrap gap={8} data-testid="ledger-period">
      <Flex vertical gap={2}>
        <Flex gap={8} align="center">
          <Typography.Title level={4} style={{ margin: 0 }}>
            {label}
          </Typography.Title>
          <Tag color={issued ? 'blue' : 'orange'} data-testid="ledger-period-status">
            {issued ? t('ledger.period.issued') : t('ledger.period.draft')}
          </Tag>
        </Flex>
        <Typography.Text type="secondary">
          {[
            t('ledger.period.noticeDate', { date: formatDateZh(period.noticeDate) }),
            t('ledger.period.evaluatedAt', { at: formatDateTimeZh(period.evaluatedAt) }),
            ...(period.issuedAt ? [t('ledger.period.issuedAt', { at: formatDateTimeZh(period.issuedAt) })] : []),
          ].join('　')}
        </Typography.Text>
      </Flex>
      {!issued && canIssue && (
        <Popconfirm
          title={t('ledger.issue.confirmTitle', { period: label })}
          description={<div style={{ maxWidth: 360 }}>{t('ledger.issue.confirmText')}</div>}
          okText={t('ledger.issue.ok')}
          cancelText={t('ledger.issue.cancel')}
          okButtonProps={{ 'data-testid': 'ledger-issue-ok' }}
          onConfirm={onIssue}
        >
          <Button type="primary" danger loading={issuing} data-testid="ledger-issue">
            {t('ledger.issue.button')}
          </Button>
        </Popconfirm>
      )}
    </Flex>
  );
}
