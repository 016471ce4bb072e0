import { Card, Flex, Skeleton, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../features/auth/api/types';
import { RoleTag } from '../../features/auth/components/role-tag';

/** Where the user is (township or district) in large type, then who they are (a placeholder until /api/me answers). */
export function HomeHeader({ me, place }: { me: Me | undefined; place: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Card>
      <Flex vertical gap={4}>
        <Typography.Title level={2} style={{ margin: 0 }} data-testid="home-place">
          {place}
        </Typography.Title>
        <Flex align="center" gap={8} wrap>
          {me ? (
            <>
              <Typography.Text>{t('home.welcome', { name: me.name })}</Typography.Text>
              <RoleTag role={me.role} />
            </>
          ) : (
            <Skeleton.Input active size="small" />
          )}
        </Flex>
      </Flex>
    </Card>
  );
}
