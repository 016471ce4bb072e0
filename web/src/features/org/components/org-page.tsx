import { Card, Flex, Skeleton, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { todayInShanghai } from '../../../lib/today';
import { ErrorAlert } from '../../../components/error-alert';
import { useOrg } from '../api/get-org';
import { AssignmentsPanel } from './assignments-panel';
import { OrgImport } from './org-import';
import { PeopleTable } from './people-table';
import { ResponsibleLookup } from './responsible-lookup';
import { UnitTree } from './unit-tree';

/** `/org`: the township's org chart. Everyone in the township reads it; the admin changes and imports it. */
export function OrgPage({ isAdmin }: { isAdmin: boolean }) {
  const { t } = useTranslation();
  const org = useOrg();
  const today = todayInShanghai();

  if (org.isPending) return <Skeleton active />;
  if (org.isError)
    return <ErrorAlert title={t('org.loadFailed')} error={org.error} onRetry={() => void org.refetch()} />;

  const tabs = [
    { key: 'units', label: t('org.tabs.units'), children: <UnitTree org={org.data} /> },
    { key: 'people', label: t('org.tabs.people'), children: <PeopleTable people={org.data.people} /> },
    {
      key: 'assignments',
      label: t('org.tabs.assignments'),
      children: <AssignmentsPanel org={org.data} canEdit={isAdmin} today={today} />,
    },
    {
      key: 'responsible',
      label: t('org.tabs.responsible'),
      children: <ResponsibleLookup org={org.data} today={today} />,
    },
    ...(isAdmin ? [{ key: 'import', label: t('org.tabs.import'), children: <OrgImport /> }] : []),
  ];

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('org.title', { township: org.data.township.name })}
      </Typography.Title>
      <Card>
        <Tabs items={tabs} destroyOnHidden />
      </Card>
    </Flex>
  );
}
