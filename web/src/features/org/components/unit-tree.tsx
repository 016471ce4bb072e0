import { Tree, Typography } from 'antd';
import type { TreeDataNode } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrgView } from '../api/types';
import { kindLabel } from './role-label';

/** Offices with their villages, then the departments: the township as its officials draw it. */
export function UnitTree({ org }: { org: OrgView }) {
  const { t } = useTranslation();
  const label = (name: string, kind: OrgView['units'][number]['kind'], population: number) => (
    <span>
      <span>{name}</span>
      <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
        {kindLabel(t, kind)}
        {population > 0 ? ` · ${t('org.population', { count: population })}` : ''}
      </Typography.Text>
    </span>
  );
  const offices: TreeDataNode[] = org.units
    .filter((u) => u.kind === 'office')
    .map((office) => ({
      key: office.id,
      title: label(office.name, office.kind, office.population),
      children: org.units
        .filter((v) => v.kind === 'village' && v.officeId === office.id)
        .map((v) => ({ key: v.id, title: label(v.name, v.kind, v.population), isLeaf: true })),
    }));
  const departments = org.units.filter((u) => u.kind === 'department');
  const data: TreeDataNode[] = [
    ...offices,
    ...(departments.length > 0
      ? [
          {
            key: '__departments',
            title: <Typography.Text strong>{t('org.departments')}</Typography.Text>,
            children: departments.map((d) => ({ key: d.id, title: label(d.name, d.kind, d.population), isLeaf: true })),
          },
        ]
      : []),
  ];
  return <Tree data-testid="org-unit-tree" treeData={data} defaultExpandAll selectable={false} blockNode />;
}
