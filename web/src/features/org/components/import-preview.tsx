import { Alert, Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrgImportPreview } from '../api/types';
import { kindLabel } from './role-label';

type RowError = OrgImportPreview['errors'][number];

/** What a commit would do, row by row, and the rows it would leave out with their errors. */
export function ImportPreview({ preview }: { preview: OrgImportPreview }) {
  const { t } = useTranslation();
  const action = (a: 'create' | 'exists') =>
    a === 'create' ? <Tag color="green">{t('org.import.create')}</Tag> : <Tag>{t('org.import.exists')}</Tag>;
  return (
    <Flex vertical gap={12}>
      {preview.problems.map((p) => (
        <Alert key={p} type="error" showIcon title={p} />
      ))}
      {preview.errors.length > 0 && (
        <>
          <Typography.Text type="danger" strong>
            {t('org.import.errorsTitle', { count: preview.errors.length })}
          </Typography.Text>
          <Table
            data-testid="import-errors"
            size="small"
            rowKey={(e: RowError) => `${e.sheet}-${e.row}-${e.column}`}
            dataSource={preview.errors}
            pagination={false}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: t('org.import.sheet'), dataIndex: 'sheet' },
              { title: t('org.import.row'), render: (_: unknown, e: RowError) => t('org.import.rowN', { row: e.row }) },
              {
                title: t('org.import.column'),
                render: (_: unknown, e: RowError) => t('org.import.columnN', { column: e.column, field: e.field }),
              },
              { title: t('org.import.problem'), dataIndex: 'message' },
            ]}
          />
        </>
      )}
      <Typography.Text strong>{t('org.import.unitsTitle', { count: preview.units.length })}</Typography.Text>
      <Table
        data-testid="import-units"
        size="small"
        rowKey="row"
        dataSource={preview.units}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('org.import.row'), dataIndex: 'row' },
          { title: t('org.import.unitName'), dataIndex: 'name' },
          {
            title: t('org.import.kind'),
            render: (_: unknown, u: OrgImportPreview['units'][number]) => kindLabel(t, u.kind),
          },
          { title: t('org.import.office'), dataIndex: 'officeName', render: (v?: string) => v ?? '—' },
          {
            title: t('org.import.action'),
            render: (_: unknown, u: OrgImportPreview['units'][number]) => action(u.action),
          },
        ]}
      />
      <Typography.Text strong>{t('org.import.peopleTitle', { count: preview.people.length })}</Typography.Text>
      <Table
        data-testid="import-people"
        size="small"
        rowKey="row"
        dataSource={preview.people}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('org.import.row'), dataIndex: 'row' },
          { title: t('org.person.name'), dataIndex: 'name' },
          { title: t('org.person.title'), dataIndex: 'title', render: (v?: string) => v ?? '—' },
          {
            title: t('org.import.action'),
            render: (_: unknown, p: OrgImportPreview['people'][number]) => action(p.action),
          },
        ]}
      />
    </Flex>
  );
}
