import { Alert, Button, DatePicker, Form, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-message';
import { showFieldErrors } from '../../../lib/form-errors';
import type { AssignmentInput, OrgView } from '../api/types';
import { roleLabel, UNIT_ROLES } from './role-label';

interface Values {
  personId: string;
  role: (typeof UNIT_ROLES)[number];
  unitId: string;
  from: Dayjs;
}

interface Props {
  org: OrgView;
  onSubmit: (input: AssignmentInput) => Promise<unknown>;
  pending?: boolean;
}

/**
 * A new responsibility: a person as main responsible person of a unit, or a leading cadre liaising with an office or
 * village or supervising a department. The API checks the combination; its answer shows on the fields.
 */
export function AssignmentForm({ org, onSubmit, pending }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string>();
  const role = Form.useWatch('role', form);
  const people = org.people.filter((p) => role === undefined || role === 'main' || p.leadingCadre);
  const units = org.units
    .filter((u) => role !== 'supervision' || u.kind === 'department')
    .filter((u) => role !== 'liaison' || u.kind !== 'department');

  const submit = async (values: Values) => {
    setFailure(undefined);
    const input: AssignmentInput = {
      id: `asg-${crypto.randomUUID().slice(0, 12)}`,
      personId: values.personId,
      role: values.role,
      unitId: values.unitId,
      from: values.from.format('YYYY-MM-DD'),
    };
    try {
      await onSubmit(input);
      form.resetFields();
    } catch (error) {
      if (!showFieldErrors(form, error)) setFailure(errorMessage(error, t));
    }
  };

  return (
    <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} data-testid="assignment-form">
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} />}
      <Form.Item name="role" label={t('org.assignment.role')} rules={[{ required: true, message: t('org.required') }]}>
        <Select options={UNIT_ROLES.map((r) => ({ value: r, label: roleLabel(t, r) }))} />
      </Form.Item>
      <Form.Item
        name="personId"
        label={t('org.assignment.person')}
        rules={[{ required: true, message: t('org.required') }]}
      >
        <Select showSearch optionFilterProp="label" options={people.map((p) => ({ value: p.id, label: p.name }))} />
      </Form.Item>
      <Form.Item
        name="unitId"
        label={t('org.assignment.unit')}
        rules={[{ required: true, message: t('org.required') }]}
      >
        <Select showSearch optionFilterProp="label" options={units.map((u) => ({ value: u.id, label: u.name }))} />
      </Form.Item>
      <Form.Item name="from" label={t('org.assignment.from')} rules={[{ required: true, message: t('org.required') }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={pending}>
        {t('org.assignment.add')}
      </Button>
    </Form>
  );
}
