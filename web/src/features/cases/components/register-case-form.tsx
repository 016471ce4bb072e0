import type { RegisteredCase } from '@xinfang/api';
import { Alert, App, Button, Card, DatePicker, Form, Input, InputNumber, Select, Typography } from 'antd';
import type dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-error';
import { errorMessage } from '../../../lib/error-message';
import { CASE_TYPES, CHANNELS, VISIT_FORMS, VISIT_LEVELS } from '../api/case-types';
import { useCaseOrg } from '../api/get-case-org';
import { useIntakeSettings } from '../api/get-intake-settings';
import { useRegisterCase } from '../api/register-case';
import { toFieldErrors } from '../lib/field-errors';
import { REGISTER_FIELDS, toRegisterInput, type RegisterFormValues } from '../lib/register-values';
import { todayValue } from '../../../lib/today';

const notFuture = (d: dayjs.Dayjs) => d.isAfter(todayValue(), 'day');

/**
 * 登记信访: the case, its first letter or visit and, in its own section, the petitioner. Checks what it can before
 * sending (in Chinese); what only the API knows (an unknown unit, a date order) comes back on its field.
 */
export function RegisterCaseForm({ onRegistered }: { onRegistered: (c: RegisteredCase) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<RegisterFormValues>();
  const org = useCaseOrg();
  const register = useRegisterCase();
  const [other, setOther] = useState<string[]>([]);
  // One key per filled-in form, renewed after each answer the user can act on.
  const [key, setKey] = useState(() => crypto.randomUUID());
  const registeredOn = Form.useWatch('registeredOn', form);
  const headcount = Form.useWatch(['firstVisit', 'headcount'], form);
  const visitForm = Form.useWatch(['firstVisit', 'form'], form);
  const intake = useIntakeSettings(registeredOn ? registeredOn.format('YYYY-MM-DD') : undefined);
  const threshold = intake.data?.collectiveThreshold;

  const units = (org.data?.units ?? []).map((u) => ({ value: u.id, label: u.name }));
  const people = (org.data?.people ?? []).map((p) => ({
    value: p.id,
    label: p.title ? `${p.name}（${p.title}）` : p.name,
  }));
  const required = (field: string) => ({ required: true, message: t('cases.new.required', { field }) });
  const requiredSelect = (field: string) => ({ required: true, message: t('cases.new.requiredSelect', { field }) });
  const dateRule = {
    validator: (_: unknown, d: dayjs.Dayjs | null) =>
      d && notFuture(d) ? Promise.reject(new Error(t('cases.new.notFuture'))) : Promise.resolve(),
  };

  const onFinish = (values: RegisterFormValues) => {
    setOther([]);
    register.mutate(
      { input: toRegisterInput(values), key },
      {
        onSuccess: (created) => {
          void message.success(t('cases.new.success'));
          onRegistered(created);
        },
        onError: (error) => {
          setKey(crypto.randomUUID());
          if (error instanceof ApiError && error.problem.invalidParams.length > 0) {
            const mapped = toFieldErrors(
              error.problem.invalidParams,
              REGISTER_FIELDS,
              error.problem.detail ?? t('cases.new.failed'),
            );
            // The names are this form's own (REGISTER_FIELDS), so they are its fields.
            form.setFields(mapped.fields as Parameters<typeof form.setFields>[0]);
            setOther(mapped.other);
            void message.error(t('cases.new.failed'));
          } else {
            setOther([errorMessage(error, t)]);
          }
        },
      },
    );
  };

  return (
    <Form<RegisterFormValues>
      form={form}
      layout="vertical"
      onFinish={onFinish}
      scrollToFirstError
      data-testid="register-form"
      initialValues={{
        caseType: 'appeal',
        registeredOn: todayValue(),
        firstVisit: { channel: 'visit', level: 'township', form: 'individual', headcount: 1 },
      }}
    >
      <Card title={t('cases.new.sectionCase')} size="small" style={{ marginBottom: 12 }}>
        <Form.Item name="caseType" label={t('cases.new.caseType')} rules={[requiredSelect(t('cases.new.caseType'))]}>
          <Select options={CASE_TYPES.map((v) => ({ value: v, label: t(`cases.caseType.${v}`) }))} />
        </Form.Item>
        <Form.Item
          name="category"
          label={t('cases.new.category')}
          rules={[required(t('cases.new.category')), { max: 100 }]}
        >
          <Input placeholder={t('cases.new.categoryPlaceholder')} maxLength={100} />
        </Form.Item>
        <Form.Item name="summary" label={t('cases.new.summary')} rules={[required(t('cases.new.summary'))]}>
          <Input.TextArea rows={3} maxLength={4000} showCount />
        </Form.Item>
        <Form.Item
          name="originUnitId"
          label={t('cases.new.originUnit')}
          rules={[requiredSelect(t('cases.new.originUnit'))]}
        >
          <Select showSearch={{ optionFilterProp: 'label' }} options={units} loading={org.isPending} />
        </Form.Item>
        <Form.Item
          name="responsibleUnitIds"
          label={t('cases.new.responsibleUnits')}
          rules={[{ ...requiredSelect(t('cases.new.responsibleUnits')), type: 'array', min: 1 }]}
        >
          <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={units} loading={org.isPending} />
        </Form.Item>
        <Form.Item name="caseLeaderId" label={t('cases.new.caseLeader')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={people}
            placeholder={t('cases.new.caseLeaderNone')}
          />
        </Form.Item>
        <Form.Item
          name="registeredOn"
          label={t('cases.new.registeredOn')}
          rules={[requiredSelect(t('cases.new.registeredOn')), dateRule]}
        >
          <DatePicker disabledDate={notFuture} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="firstRegisteredOn" label={t('cases.new.firstRegisteredOn')} rules={[dateRule]}>
          <DatePicker disabledDate={notFuture} style={{ width: '100%' }} />
        </Form.Item>
      </Card>

      <Card title={t('cases.new.sectionVisit')} size="small" style={{ marginBottom: 12 }}>
        <Form.Item
          name={['firstVisit', 'channel']}
          label={t('cases.new.channel')}
          rules={[requiredSelect(t('cases.new.channel'))]}
        >
          <Select options={CHANNELS.map((v) => ({ value: v, label: t(`cases.channel.${v}`) }))} />
        </Form.Item>
        <Form.Item
          name={['firstVisit', 'level']}
          label={t('cases.new.level')}
          rules={[requiredSelect(t('cases.new.level'))]}
        >
          <Select options={VISIT_LEVELS.map((v) => ({ value: v, label: t(`level.${v}`) }))} />
        </Form.Item>
        <Form.Item
          name={['firstVisit', 'form']}
          label={t('cases.new.form')}
          rules={[requiredSelect(t('cases.new.form'))]}
          extra={
            threshold !== undefined
              ? t('cases.new.threshold', { count: threshold, version: intake.data?.ruleVersionName ?? '' })
              : null
          }
        >
          <Select options={VISIT_FORMS.map((v) => ({ value: v, label: t(`cases.form.${v}`) }))} />
        </Form.Item>
        <Form.Item
          name={['firstVisit', 'headcount']}
          label={t('cases.new.headcount')}
          rules={[required(t('cases.new.headcount')), { type: 'integer', min: 1, message: t('cases.new.positive') }]}
        >
          <InputNumber min={1} max={10000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        {threshold !== undefined &&
        typeof headcount === 'number' &&
        headcount >= threshold &&
        visitForm !== 'collective' ? (
          <Alert
            type="warning"
            showIcon
            title={t('cases.new.thresholdHint', { count: threshold })}
            style={{ marginBottom: 12 }}
          />
        ) : null}
        <Form.Item
          name={['firstVisit', 'on']}
          label={t('cases.new.visitOn')}
          dependencies={['registeredOn']}
          rules={[
            dateRule,
            ({ getFieldValue }) => ({
              validator: (_: unknown, d: dayjs.Dayjs | null) => {
                const reg = getFieldValue('registeredOn') as dayjs.Dayjs | undefined;
                return d && reg && d.isBefore(reg, 'day')
                  ? Promise.reject(new Error(t('cases.new.notBeforeRegistration')))
                  : Promise.resolve();
              },
            }),
          ]}
        >
          <DatePicker disabledDate={notFuture} style={{ width: '100%' }} />
        </Form.Item>
      </Card>

      <Card title={t('cases.new.sectionPetitioner')} size="small" style={{ marginBottom: 12 }}>
        <Typography.Paragraph type="secondary">{t('cases.new.petitionerNote')}</Typography.Paragraph>
        <Form.Item name={['petitioner', 'name']} label={t('cases.new.petitionerName')} rules={[{ max: 100 }]}>
          <Input maxLength={100} autoComplete="off" />
        </Form.Item>
        <Form.Item name={['petitioner', 'contact']} label={t('cases.new.petitionerContact')} rules={[{ max: 100 }]}>
          <Input maxLength={100} autoComplete="off" />
        </Form.Item>
        <Form.Item name={['petitioner', 'address']} label={t('cases.new.petitionerAddress')} rules={[{ max: 300 }]}>
          <Input maxLength={300} autoComplete="off" />
        </Form.Item>
      </Card>

      <Form.Item name="note" label={t('cases.new.note')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      {other.length > 0 ? <Alert type="error" showIcon title={other.join('；')} style={{ marginBottom: 12 }} /> : null}
      <Button type="primary" htmlType="submit" loading={register.isPending} block data-testid="register-submit">
        {register.isPending ? t('cases.new.submitting') : t('cases.new.submit')}
      </Button>
    </Form>
  );
}
