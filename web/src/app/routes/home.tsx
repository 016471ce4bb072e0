import { Card, Descriptions, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { useMe } from '../../features/auth/api/get-me';
import { RoleTag } from '../../features/auth/components/role-tag';

export function HomeRoute() {
  const { t } = useTranslation();
  const me = useMe();

  if (me.isPending) return <Skeleton active />;
  if (me.isError) return <ErrorAlert title={t('error.unknown')} error={me.error} onRetry={() => void me.refetch()} />;

  const { data } = me;
  return (
    <Card>
      <Typography.Title level={3}>{t('home.welcome', { name: data.name })}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('home.intro')}</Typography.Paragraph>
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'role', label: t('home.role'), children: <RoleTag role={data.role} /> },
          // Township, district and unit are shown by name once the org feature
          // can resolve them; raw ids (twn-xiji) mean nothing to an official.
        ]}
      />
    </Card>
  );
}
