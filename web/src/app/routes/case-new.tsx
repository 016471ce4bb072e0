import { Breadcrumb, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { RegisterCaseForm } from '../../features/cases/components/register-case-form';

/** /cases/new: register a case with its first letter or visit, then open it. */
export function CaseNewRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Flex vertical gap={12} style={{ maxWidth: 760 }}>
      <Breadcrumb
        items={[{ title: <Link to="/cases">{t('cases.listTitle')}</Link> }, { title: t('cases.new.title') }]}
      />
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('cases.new.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('cases.new.intro')}</Typography.Paragraph>
      <RegisterCaseForm
        onRegistered={(c) =>
          void navigate(`/cases/${encodeURIComponent(c.id)}`, {
            // The query code is shown once: the case page offers its receipt for printing.
            state: c.queryCode ? { queryCode: c.queryCode, issuedAt: new Date().toISOString() } : null,
          })
        }
      />
    </Flex>
  );
}
