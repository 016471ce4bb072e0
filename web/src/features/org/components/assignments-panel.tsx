import { App, Button, Flex, Modal, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateZh } from '../../../lib/format';
import { useCreateAssignment } from '../api/change-assignment';
import type { OrgAssignment, OrgView } from '../api/types';
import { AssignmentForm } from './assignment-form';
import { EndAssignmentButton } from './end-assignment-button';
import { roleLabel } from './role-label';

/** Responsibility assignments with their dates; the admin adds new ones and ends current ones. */
export function AssignmentsPanel({ org, canEdit, today }: { org: OrgView; canEdit: boolean; today: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const create = useCreateAssignment();
  const [adding, setAdding] = useState(false);
  const person = new Map(org.people.map((p) => [p.id, p.name]));
  const unit = new Map(org.units.map((u) => [u.id, u.name]));
  const rows = org.assignments
    .filter((a) => a.unitId !== undefined)
    .sort(
      (a, b) =>
        (unit.get(a.unitId ?? '') ?? '').localeCompare(unit.get(b.unitId ?? '') ?? '', 'zh-CN') ||
        b.from.localeCompare(a.from),
    );

  return (
    <Flex vertical gap={12}>
      {canEdit && (
        <div>
          <Button type="primary" onClick={() => setAdding(true)} data-testid="assignment-add">
            {t('org.assignment.add')}
          </Button>
        </div>
      )}
      <Table
        data-testid="org-assignments"
        rowKey="id"
        size="small"
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: t('org.assignment.unit'),
            render: (_: unknown, a: OrgAssignment) => unit.get(a.unitId ?? '') ?? '—',
          },
          { title: t('org.assignment.role'), render: (_: unknown, a: OrgAssignment) => roleLabel(t, a.role) },
          {
            title: t('org.assignment.person'),
            render: (_: unknown, a: OrgAssignment) => person.get(a.personId) ?? '—',
          },
          {
            title: t('org.assignment.period'),
            render: (_: unknown, a: OrgAssignment) =>
              `${formatDateZh(a.from)} – ${a.to ? formatDateZh(a.to) : t('org.assignment.open')}`,
          },
          {
            title: t('org.assignment.state'),
            render: (_: unknown, a: OrgAssignment) =>
              a.from <= today && (a.to === undefined || a.to >= today) ? (
                <Tag color="green">{t('org.assignment.current')}</Tag>
              ) : (
                <Tag>{a.from > today ? t('org.assignment.future') : t('org.assignment.past')}</Tag>
              ),
          },
          ...(canEdit
            ? [
                {
                  title: t('org.actions'),
                  render: (_: unknown, a: OrgAssignment) =>
                    a.to === undefined ? (
                      <EndAssignmentButton assignment={a} who={person.get(a.personId) ?? ''} />
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      <Modal
        open={adding}
        title={t('org.assignment.add')}
        footer={null}
        onCancel={() => setAdding(false)}
        destroyOnHidden
      >
        <AssignmentForm
          org={org}
          pending={create.isPending}
          onSubmit={async (input) => {
            await create.mutateAsync(input);
            setAdding(false);
            void message.success(t('org.assignment.added'));
          }}
        />
      </Modal>
    </Flex>
  );
}
