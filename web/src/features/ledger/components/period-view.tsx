import { Alert, App, Card, Flex, Skeleton, Tabs, Typography } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useConfirmCorrection } from '../api/confirm-correction';
import { usePendingCorrections } from '../api/get-corrections';
import { useNotices, useOverdue } from '../api/get-notices';
import { usePeriodRead } from '../api/get-period-reads';
import { useIssuePeriod } from '../api/issue-period';
import { useRecordPayment } from '../api/record-payment';
import { useReverseEntry } from '../api/reverse-entry';
import type { LedgerCorrectionProposal, LedgerPeriod, LedgerRow, PenaltyNotice } from '../api/types';
import { CorrectionsView } from './corrections-view';
import { NoticesTable } from './notices-table';
import { PeriodHeader } from './period-header';
import { PersonTable } from './person-table';
import { SettlementList } from './settlement-list';
import { UnitTable } from './unit-table';
import './ledger-print.css';

interface Props {
  period: LedgerPeriod;
  canWrite: boolean;
  /** Admins, the petition office and auditors; a unit reporter sees no township-wide corrections. */
  canReadCorrections: boolean;
  /**
   * The corrections the last evaluation on this page proposed for this (issued) period; undefined when none was
   * run here (then the period's pending proposal stored by the API is shown, so a reload loses nothing).
   */
  proposal: LedgerCorrectionProposal | null | undefined;
  onProposalChange: (proposal: LedgerCorrectionProposal) => void;
}

/** One evaluated period: its status and issue action, corrections, then persons, units, settlement and notices. */
export function PeriodView({ period, canWrite, canReadCorrections, proposal, onProposalChange }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rows = usePeriodRead('rows', period.periodKey);
  const persons = usePeriodRead('persons', period.periodKey);
  const units = usePeriodRead('units', period.periodKey);
  const notices = useNotices(period.periodKey);
  const overdue = useOverdue();
  const issued = period.status === 'issued';
  // Pending proposals name people and money: the API shows them to the office, admins and auditors only.
  const pending = usePendingCorrections(period.periodKey, issued && canReadCorrections);
  // The newest pending proposal is the one the last evaluation produced; older ones were computed before it.
  const shown = proposal !== undefined ? proposal : pending.data?.items.at(-1);
  const issue = useIssuePeriod();
  const confirm = useConfirmCorrection();
  const pay = useRecordPayment();
  const reverse = useReverseEntry();
  // One key per action the admin starts, kept across retries of that action.
  const confirmKeys = useRef(new Map<string, string>());
  const confirmKeyOf = (proposalId: string) => {
    const key = confirmKeys.current.get(proposalId) ?? `confirm-${crypto.randomUUID()}`;
    confirmKeys.current.set(proposalId, key);
    return key;
  };

  const onReverse = (row: LedgerRow, reason: string) =>
    reverse
      .mutateAsync({ entryId: row.entryId, periodKey: period.periodKey, reason, key: `reverse-${crypto.randomUUID()}` })
      .then(() => void message.success(t('ledger.reverse.done')));
  const onPay = (notice: PenaltyNotice, payment: { amountFen: number; paidOn: string }) =>
    pay
      .mutateAsync({
        input: { noticeId: notice.noticeId, personId: notice.personId, ...payment },
        key: `payment-${crypto.randomUUID()}`,
      })
      .then(() => void message.success(t('ledger.payment.done')));
  const onIssue = () =>
    issue.mutate(period.periodKey, { onSuccess: () => void message.success(t('ledger.issue.done')) });
  const onConfirm = () => {
    if (!shown) return;
    confirm.mutate(
      { periodKey: period.periodKey, proposalId: shown.proposalId, key: confirmKeyOf(shown.proposalId) },
      {
        onSuccess: (result) => {
          onProposalChange(result.proposal);
          void message.success(t('ledger.corrections.done'));
        },
      },
    );
  };

  const failed = rows.error ?? persons.error ?? units.error;
  if (failed) return <ErrorAlert title={t('ledger.loadFailed')} error={failed} onRetry={() => void rows.refetch()} />;
  const write = canWrite ? { onReverse, reversing: reverse.isPending } : {};
  return (
    <Flex vertical gap={12}>
      <Card size="small">
        <PeriodHeader period={period} canIssue={canWrite} issuing={issue.isPending} onIssue={onIssue} />
        {issued && canWrite && <Typography.Text type="secondary">{t('ledger.evaluate.issuedNote')}</Typography.Text>}
      </Card>
      {issue.isError && <ErrorAlert title={t('ledger.issue.failed')} error={issue.error} />}
      {shown !== undefined && (
        <Card size="small">
          <CorrectionsView
            proposal={shown}
            canConfirm={canWrite}
            confirming={confirm.isPending}
            onConfirm={onConfirm}
          />
          {confirm.isError && <ErrorAlert title={t('ledger.corrections.failed')} error={confirm.error} />}
        </Card>
      )}
      {reverse.isError && <ErrorAlert title={t('ledger.reverse.failed')} error={reverse.error} />}
      {pay.isError && <ErrorAlert title={t('ledger.payment.failed')} error={pay.error} />}
      {!rows.data || !persons.data || !units.data ? (
        <Skeleton active />
      ) : (
        <Card size="small">
          <Tabs
            items={[
              {
                key: 'persons',
                label: t('ledger.tabs.persons'),
                children: <PersonTable persons={persons.data.items} rows={rows.data.items} {...write} />,
              },
              { key: 'units', label: t('ledger.tabs.units'), children: <UnitTable units={units.data.items} /> },
              {
                key: 'settlement',
                label: t('ledger.tabs.settlement'),
                children: <SettlementList rows={rows.data.items} {...write} />,
              },
              {
                key: 'notices',
                label: t('ledger.tabs.notices'),
                children: notices.isError ? (
                  <ErrorAlert title={t('ledger.loadFailed')} error={notices.error} />
                ) : !notices.data ? (
                  <Skeleton active />
                ) : (
                  <Flex vertical gap={8}>
                    {!issued && <Alert type="info" showIcon title={t('ledger.notices.draftHint')} />}
                    <NoticesTable
                      periodKey={period.periodKey}
                      notices={notices.data.items}
                      overdue={issued ? (overdue.data?.items ?? []) : []}
                      {...(canWrite && issued ? { onPay, paying: pay.isPending } : {})}
                    />
                  </Flex>
                ),
              },
            ]}
          />
        </Card>
      )}
    </Flex>
  );
}
