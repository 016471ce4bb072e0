import { Alert, App, Card, Empty, Flex, Select, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { formatYuan } from '../../../lib/format';
import { useEvaluatePeriod } from '../api/evaluate-period';
import { useLedgerPeriods } from '../api/get-periods';
import type { LedgerCorrectionProposal } from '../api/types';
import { periodKeyOf, periodLabel } from '../lib/period-choice';
import { EvaluatePanel } from './evaluate-panel';
import { PeriodView } from './period-view';

/**
 * /ledger: evaluate a month or a year (admins), pick an evaluated period, read it per person and per unit, issue
 * its notices, confirm corrections of an issued one, record payments and reversals. `?period=` keeps the choice.
 */
export function LedgerPage({ canWrite, canReadCorrections }: { canWrite: boolean; canReadCorrections: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const periods = useLedgerPeriods();
  const evaluate = useEvaluatePeriod();
  // The corrections the last evaluation of an issued period proposed (the API keeps them; this page shows them).
  const [proposal, setProposal] = useState<{ periodKey: string; proposal: LedgerCorrectionProposal | null }>();

  const onEvaluate = (period: { from: string; to: string }) => {
    if (evaluate.isPending) return;
    const periodKey = periodKeyOf(period);
    evaluate.mutate(
      { input: period, key: `evaluate-${crypto.randomUUID()}` },
      {
        onSuccess: (result) => {
          setParams({ period: result.periodKey });
          setProposal(
            result.status === 'issued'
              ? { periodKey: result.periodKey, proposal: result.corrections ?? null }
              : undefined,
          );
          void message.success(
            t('ledger.evaluate.done', {
              period: periodLabel(periodKey),
              fines: result.fines.count,
              total: formatYuan(result.fines.totalFen),
            }),
          );
        },
      },
    );
  };

  const items = [...(periods.data?.items ?? [])].sort((a, b) => (a.periodKey < b.periodKey ? 1 : -1));
  const requested = params.get('period');
  const selected = items.find((p) => p.periodKey === requested) ?? (requested ? undefined : items[0]);
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('ledger.title')}
      </Typography.Title>
      <Card size="small" title={t('ledger.evaluate.title')}>
        {canWrite ? (
          <EvaluatePanel running={evaluate.isPending} onEvaluate={onEvaluate} />
        ) : (
          <Typography.Text type="secondary">{t('ledger.evaluate.adminOnly')}</Typography.Text>
        )}
        {evaluate.isError && <ErrorAlert title={t('ledger.evaluate.failed')} error={evaluate.error} />}
      </Card>
      {periods.isPending ? (
        <Skeleton active />
      ) : periods.isError ? (
        <ErrorAlert title={t('ledger.loadFailed')} error={periods.error} onRetry={() => void periods.refetch()} />
      ) : items.length === 0 ? (
        <Empty description={t('ledger.period.none')} />
      ) : (
        <Flex vertical gap={12}>
          <Flex gap={8} align="center" wrap>
            <Typography.Text>{t('ledger.period.pick')}</Typography.Text>
            <Select
              style={{ minWidth: 260 }}
              value={selected?.periodKey}
              data-testid="ledger-period-select"
              onChange={(periodKey: string) => setParams({ period: periodKey })}
              options={items.map((p) => ({
                value: p.periodKey,
                label: (
                  <span>
                    {periodLabel(p.periodKey)}{' '}
                    <Tag color={p.status === 'issued' ? 'blue' : 'orange'}>
                      {p.status === 'issued' ? t('ledger.period.issued') : t('ledger.period.draft')}
                    </Tag>
                  </span>
                ),
              }))}
            />
          </Flex>
          {selected ? (
            <PeriodView
              key={selected.periodKey}
              period={selected}
              canWrite={canWrite}
              canReadCorrections={canReadCorrections}
              proposal={proposal?.periodKey === selected.periodKey ? proposal.proposal : undefined}
              onProposalChange={(next) => setProposal({ periodKey: selected.periodKey, proposal: next })}
            />
          ) : (
            <Alert type="warning" showIcon title={t('ledger.period.none')} />
          )}
        </Flex>
      )}
    </Flex>
  );
}
