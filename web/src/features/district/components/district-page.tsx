import { Alert, Card, Empty, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { useComparison } from '../api/get-comparison';
import { usePeriod } from '../lib/use-period';
import { ComparisonCharts } from './comparison-charts';
import { ComparisonTable } from './comparison-table';
import { PeriodPicker } from './period-picker';

/** /district: the district's townships compared over a period, as a ranked table and as charts. */
export function DistrictPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [period, setPeriod] = usePeriod();
  const comparison = useComparison(period);

  let body;
  if (comparison.isPending) body = <Skeleton active />;
  else if (comparison.isError)
    body = (
      <ErrorAlert
        title={t('districtCompare.loadFailed')}
        error={comparison.error}
        onRetry={() => void comparison.refetch()}
      />
    );
  else if (comparison.data.townships.length === 0) body = <Empty description={t('districtCompare.noTownships')} />;
  else {
    const { excluded } = comparison.data.rankings;
    body = (
      <Flex vertical gap={16}>
        <Card size="small">
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {t('districtCompare.rankingNote')}
          </Typography.Paragraph>
          <ComparisonTable comparison={comparison.data} period={period} />
        </Card>
        {excluded.length > 0 && (
          <Alert
            data-testid="district-excluded"
            type="info"
            showIcon
            title={t('districtCompare.excludedTitle')}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {excluded.map((e) => (
                  <li key={e.townshipId}>
                    {e.name}：{e.reason}
                  </li>
                ))}
              </ul>
            }
          />
        )}
        <ComparisonCharts
          comparison={comparison.data}
          onPick={(id) =>
            void navigate(`/district/townships/${encodeURIComponent(id)}?from=${period.from}&to=${period.to}`)
          }
        />
      </Flex>
    );
  }

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('districtCompare.title')}
        </Typography.Title>
        <PeriodPicker value={period} onChange={setPeriod} />
      </Flex>
      <Typography.Text type="secondary">{t('districtCompare.aggregatesOnly')}</Typography.Text>
      {body}
    </Flex>
  );
}
