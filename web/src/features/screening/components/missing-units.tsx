import { Alert, Card, Empty, Flex, Skeleton, Statistic, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDateZh } from '../../../lib/format';
import { useMissing } from '../api/get-missing';

/** Who has not yet filed this month's ledger; after the 25th the list is an overdue list. */
export function MissingUnits({ month }: { month: string }) {
  const { t } = useTranslation();
  const missing = useMissing(month);
  if (missing.isPending) return <Skeleton active />;
  if (missing.isError)
    return (
      <ErrorAlert title={t('screening.loadFailed')} error={missing.error} onRetry={() => void missing.refetch()} />
    );
  const m = missing.data;
  return (
    <Card title={t('screening.missingTitle')} data-testid="screening-missing">
      <Flex vertical gap={12}>
        <Flex gap={24} wrap>
          <Statistic title={t('screening.submitted')} value={m.submittedCount} suffix={`/ ${m.unitCount}`} />
          <Statistic title={t('screening.due')} value={formatDateZh(m.dueDate)} />
        </Flex>
        {m.dueNote && <Alert type="info" showIcon title={m.dueNote} />}
        {m.missing.length === 0 ? (
          <Empty description={t('screening.allFiled')} />
        ) : (
          <>
            <Alert
              type={m.duePassed ? 'error' : 'warning'}
              showIcon
              title={
                m.duePassed
                  ? t('screening.overdue', { count: m.missing.length })
                  : t('screening.pending', { count: m.missing.length })
              }
            />
            <Flex gap={8} wrap data-testid="screening-missing-units">
              {m.missing.map((u) => (
                <Tag key={u.unitId} color={m.duePassed ? 'red' : 'orange'}>
                  {u.name}
                </Tag>
              ))}
            </Flex>
          </>
        )}
      </Flex>
    </Card>
  );
}
