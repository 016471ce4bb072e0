import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HealthPanel } from '../../features/health/components/health-panel';
import { PublicPage } from './public-page';

/** /status: public, so operators can check the system without an account. */
export function StatusRoute() {
  const { t } = useTranslation();
  return (
    <PublicPage>
      <Flex vertical gap={16}>
        <HealthPanel />
        <Link to="/signin">{t('health.toSignIn')}</Link>
      </Flex>
    </PublicPage>
  );
}

/** The same panel inside the signed-in layout. */
export function SystemStatusRoute() {
  return <HealthPanel />;
}
