import { Card, Skeleton, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOpenCaseCount } from '../api/get-open-case-count';

/**
 * What a unit reporter sees instead of the township's statistics (which the
 * API keeps from them): how many of their unit's cases are still open. If
 * even that cannot be counted, a friendly note rather than an error page.
 */
export function UnitOpenCases() {
  const { t } = useTranslation();
  const open = useOpenCaseCount();

  return (
    <Card data-testid="unit-open-cases">
      {open.isPending ? (
        <Skeleton active paragraph={{ rows: 1 }} />
      ) : open.isError ? (
        <Typography.Text type="secondary">{t('home.unitFailed')}</Typography.Text>
      ) : (
        <Statistic title={t('home.unitTitle')} value={open.data} suffix={t('home.pieces')} />
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
        {t('home.unitNote')}
      </Typography.Paragraph>
    </Card>
  );
}
