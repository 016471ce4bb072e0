import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrgPerson } from '../api/types';

export function PeopleTable({ people }: { people: OrgPerson[] }) {
  const { t } = useTranslation();
  return (
    <Table
      data-testid="org-people"
      rowKey="id"
      size="small"
      dataSource={people}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: t('org.person.name'), dataIndex: 'name' },
        { title: t('org.person.title'), dataIndex: 'title', render: (v?: string) => v ?? '—' },
        {
          title: t('org.person.kind'),
          render: (_: unknown, p: OrgPerson) =>
            p.leadingCadre ? <Tag color="blue">{t('org.person.cadre')}</Tag> : null,
        },
        {
          title: t('org.person.financePaid'),
          render: (_: unknown, p: OrgPerson) => (p.financePaid ? t('org.yes') : t('org.no')),
        },
      ]}
    />
  );
}
