import { Alert, App, DatePicker, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import type dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-error';
import { errorMessage } from '../../../lib/error-message';
import { CHANNELS, SATISFACTIONS, VISIT_FORMS, VISIT_LEVELS, type CaseActionKind } from '../api/case-types';
import { useCaseAction } from '../api/post-case-action';
import { ACTION_FIELD_OF, ACTION_FIELDS, toActionInput, type ActionFormValues } from '../lib/action-values';
import { toFieldErrors } from '../lib/field-errors';
import { todayValue } from '../../../lib/today';

interface Props {
  caseId: string;
  kind: CaseActionKind;
  expectedSeq: number;
  /** The case's units by name: a retrieval is recorded against one of them. */
  units: { id: string; name: string }[];
  onClose: () => void;
}

const notFuture = (d: dayjs.Dayjs) => d.isAfter(todayValue(), 'day');

/** One action on a case, as a modal form with its own checks; the API's field errors land on the fields. */
export function CaseActionForm({ caseId, kind, expectedSeq, units, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ActionFormValues>();
  const act = useCaseAction(caseId);
  const [problem, setProblem] = useState<string>();
  const [key, setKey] = useState(() => crypto.randomUUID());
  const fields = ACTION_FIELDS[kind];
  const title = t(`cases.action.${kind}` as 'cases.action.accept');
  const required = (label: string) => ({ required: true, message: t('cases.new.required', { field: label }) });

  const onFinish = (values: ActionFormValues) => {
    setProblem(undefined);
    act.mutate(
      { action: toActionInput(kind, expectedSeq, values), key },
      {
        onSuccess: () => {
          void message.success(t('cases.action.done', { action: title }));
          onClose();
        },
        onError: (error) => {
          setKey(crypto.randomUUID());
          if (error instanceof ApiError && error.status === 409) {
            setProblem(t('cases.action.stale'));
            return;
          }
          if (error instanceof ApiError && error.problem.invalidParams.length > 0) {
            const params = error.problem.invalidParams.map((p) => {
              const field = ACTION_FIELD_OF[p.path.replace(/^body\./, '')];
              return field ? { ...p, path: field } : p;
            });
            const mapped = toFieldErrors(
              params,
              Object.values(ACTION_FIELD_OF),
              error.problem.detail ?? t('error.badRequest'),
            );
            // The names are this form's own (ACTION_FIELD_OF), so they are its fields.
            form.setFields(mapped.fields as Parameters<typeof form.setFields>[0]);
            if (mapped.other.length > 0) setProblem(mapped.other.join('；'));
            return;
          }
          setProblem(errorMessage(error, t));
        },
      },
    );
  };

  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('cases.action.submit')}
      cancelText={t('cases.detail.cancel')}
      confirmLoading={act.isPending}
      destroyOnHidden
    >
      <Form<ActionFormValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ on: todayValue(), level: 'township', channel: 'visit', form: 'individual', headcount: 1 }}
        data-testid={`action-form-${kind}`}
      >
        <Form.Item name="on" label={t('cases.action.on')} rules={[required(t('cases.action.on'))]}>
          <DatePicker disabledDate={notFuture} style={{ width: '100%' }} />
        </Form.Item>
        {fields.includes('days') ? (
          <Form.Item
            name="days"
            label={t('cases.action.days')}
            rules={[
              required(t('cases.action.days')),
              { type: 'integer', min: 1, max: 365, message: t('cases.new.positive') },
            ]}
          >
            <InputNumber min={1} max={365} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        ) : null}
        {fields.includes('unitId') ? (
          <Form.Item name="unitId" label={t('cases.action.unit')} rules={[required(t('cases.action.unit'))]}>
            <Select options={units.map((u) => ({ value: u.id, label: u.name }))} />
          </Form.Item>
        ) : null}
        {fields.includes('costYuan') ? (
          <Form.Item
            name="costYuan"
            label={t('cases.action.costYuan')}
            rules={[required(t('cases.action.costYuan')), { type: 'number', min: 0 }]}
          >
            <InputNumber min={0} precision={2} step={10} prefix="¥" style={{ width: '100%' }} />
          </Form.Item>
        ) : null}
        {fields.includes('result') ? (
          <Form.Item name="result" label={t('cases.action.result')} rules={[required(t('cases.action.result'))]}>
            <Radio.Group options={SATISFACTIONS.map((s) => ({ value: s, label: t(`cases.satisfaction.${s}`) }))} />
          </Form.Item>
        ) : null}
        {fields.includes('channel') ? (
          <>
            <Form.Item name="channel" label={t('cases.new.channel')} rules={[required(t('cases.new.channel'))]}>
              <Select options={CHANNELS.map((v) => ({ value: v, label: t(`cases.channel.${v}`) }))} />
            </Form.Item>
            <Form.Item name="level" label={t('cases.new.level')} rules={[required(t('cases.new.level'))]}>
              <Select options={VISIT_LEVELS.map((v) => ({ value: v, label: t(`level.${v}`) }))} />
            </Form.Item>
            <Form.Item name="form" label={t('cases.new.form')} rules={[required(t('cases.new.form'))]}>
              <Select options={VISIT_FORMS.map((v) => ({ value: v, label: t(`cases.form.${v}`) }))} />
            </Form.Item>
            <Form.Item
              name="headcount"
              label={t('cases.new.headcount')}
              rules={[
                required(t('cases.new.headcount')),
                { type: 'integer', min: 1, message: t('cases.new.positive') },
              ]}
            >
              <InputNumber min={1} max={10000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </>
        ) : null}
        <Form.Item name="note" label={t('cases.action.note')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        {problem ? <Alert type="error" showIcon title={problem} /> : null}
      </Form>
    </Modal>
  );
}
