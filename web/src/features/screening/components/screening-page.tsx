import { App, Card, DatePicker, Flex, Skeleton, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { formatMonthZh, isMonth, monthInShanghai } from '../../../lib/month';
import { useLedgers } from '../api/get-ledgers';
import { useUnits } from '../api/get-units';
import { useSubmitLedger } from '../api/submit-ledger';
import { FiledLedgers } from './filed-ledgers';
import { LedgerForm } from './ledger-form';
import { MissingUnits } from './missing-units';

interface Props {
  /** The unit a unit reporter files for; absent for township roles, who see who is missing. */
  unitId: string | undefined;
}

/** `/screening`: the monthly screening ledger (矛盾纠纷排查台账), due by the 25th. */
export function ScreeningPage({ unitId }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const current = monthInShanghai(new Date());
  const requested = params.get('month');
  const month = isMonth(requested) && requested <= current ? requested : current;
  const ledgers = useLedgers(month);
  const units = useUnits();
  const submit = useSubmitLedger();

  const monthPicker = (
    <DatePicker
      picker="month"
      allowClear={false}
      value={dayjs(`${month}-01`)}
      maxDate={dayjs(`${current}-01`)}
      onChange={(d) =>
        d && setParams(d.format('YYYY-MM') === current ? {} : { month: d.format('YYYY-MM') }, { replace: true })
      }
      data-testid="screening-month"
    />
  );

  let body;
  if (ledgers.isPending || units.isPending) body = <Skeleton active />;
  else if (ledgers.isError)
    body = (
      <ErrorAlert title={t('screening.loadFailed')} error={ledgers.error} onRetry={() => void ledgers.refetch()} />
    );
  else if (units.isError)
    body = <ErrorAlert title={t('screening.loadFailed')} error={units.error} onRetry={() => void units.refetch()} />;
  else if (unitId !== undefined) {
    const mine = ledgers.data.items.find((l) => l.unitId === unitId);
    const unitName = units.data.find((u) => u.id === unitId)?.name ?? t('screening.unknownUnit');
    body = (
      <Card title={t('screening.ownTitle', { unit: unitName })}>
        <LedgerForm
          key={`${month}-${mine?.version ?? 0}`}
          unitName={unitName}
          monthLabel={formatMonthZh(month)}
          initial={mine?.items ?? []}
          version={mine?.version}
          pending={submit.isPending}
          onSubmit={async (items) => {
            await submit.mutateAsync({
              month,
              key: `screening-${crypto.randomUUID()}`,
              body: { unitId, items, version: mine?.version ?? 0 },
            });
            void message.success(t('screening.saved'));
          }}
        />
      </Card>
    );
  } else {
    body = (
      <Flex vertical gap={16}>
        <MissingUnits month={month} />
        <FiledLedgers ledgers={ledgers.data.items} units={units.data} />
      </Flex>
    );
  }

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('screening.pageTitle', { month: formatMonthZh(month) })}
        </Typography.Title>
        {monthPicker}
      </Flex>
      {body}
    </Flex>
  );
}
