import { ReloadOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Descriptions, Result, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDateTimeZh } from '../../../lib/format';
import { useHealth } from '../api/get-health';

/** The system status: service up, data store reachable, how fast, which version. */
export function HealthPanel() {
  const { t } = useTranslation();
  const health = useHealth();

  const refresh = (
    <Button icon={<ReloadOutlined />} loading={health.isFetching} onClick={() => void health.refetch()}>
      {t('health.refresh')}
    </Button>
  );

  if (health.isPending) {
    return (
      <Card title={t('health.title')} aria-busy="true">
        <Typography.Text type="secondary">{t('health.loading')}</Typography.Text>
        <Skeleton active />
      </Card>
    );
  }

  if (health.isError) {
    return (
      <Card title={t('health.title')} extra={refresh}>
        <ErrorAlert title={t('health.failed')} error={health.error} onRetry={() => void health.refetch()} />
      </Card>
    );
  }

  const { data } = health;
  const ok = data.status === 'ok';
  return (
    <Card title={t('health.title')} extra={refresh}>
      <Result
        status={ok ? 'success' : 'warning'}
        title={<span data-testid="health-status">{ok ? t('health.ok') : t('health.degraded')}</span>}
        subTitle={ok ? t('health.okDetail') : t('health.degradedDetail')}
      />
      <Descriptions
        bordered
        column={1}
        size="small"
        items={[
          { key: 'version', label: t('health.version'), children: data.version },
          {
            key: 'store',
            label: t('health.store'),
            children: (
              <Badge
                status={data.store.reachable ? 'success' : 'error'}
                text={data.store.reachable ? t('health.reachable') : t('health.unreachable')}
              />
            ),
          },
          {
            key: 'latency',
            label: t('health.latency'),
            children: t('health.latencyValue', { ms: Math.round(data.store.latencyMs) }),
          },
          { key: 'time', label: t('health.checkedAt'), children: formatDateTimeZh(data.time) },
        ]}
      />
    </Card>
  );
}
