import { Alert, Button, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-message';
import { showFieldErrors } from '../../../lib/form-errors';
import type { Cadre, CaseOption, ReceptionDayRequest, ReceptionDayView } from '../api/types';
import { CaseSelect } from './case-select';

interface Values {
  date: Dayjs;
  leaderId: string;
  place: string;
  caseIds?: string[];
}

interface Props {
  cadres: Cadre[];
  cases: CaseOption[];
  /** The day being changed (its date stays); absent when scheduling a new one. */
  day?: ReceptionDayView;
  pending?: boolean;
  onSubmit: (body: ReceptionDayRequest) => Promise<unknown>;
}

/** A leader's reception day (领导接访日): when, who, where, and — on or after the day — the cases received. */
export function ReceptionForm({ cadres, cases, day, pending, onSubmit }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string>();
  const initial: Partial<Values> = day
    ? { date: dayjs(day.date), leaderId: day.leaderId, place: day.place, caseIds: day.cases.map((c) => c.caseId) }
    : {};

  const submit = async (v: Values) => {
    setFailure(undefined);
    try {
      await onSubmit({
        date: v.date.format('YYYY-MM-DD'),
        leaderId: v.leaderId,
        place: v.place,
        caseIds: v.caseIds ?? [],
        ...(day ? { version: day.version } : {}),
      });
    } catch (error) {
      if (!showFieldErrors(form, error)) setFailure(errorMessage(error, t));
    }
  };

  const required = { required: true, message: t('routines.required') };
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={initial}
      onFinish={(v) => void submit(v)}
      data-testid="reception-form"
    >
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} />}
      <Form.Item name="date" label={t('routines.reception.date')} rules={[required]}>
        <DatePicker style={{ width: '100%' }} disabled={day !== undefined} />
      </Form.Item>
      <Form.Item name="leaderId" label={t('routines.reception.leader')} rules={[required]}>
        <Select
          showSearch
          optionFilterProp="label"
          options={cadres.map((c) => ({ value: c.id, label: c.title ? `${c.name}（${c.title}）` : c.name }))}
        />
      </Form.Item>
      <Form.Item name="place" label={t('routines.reception.place')} rules={[{ ...required, whitespace: true }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="caseIds" label={t('routines.reception.cases')} extra={t('routines.reception.casesHint')}>
        <CaseSelect cases={cases} mode="multiple" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={pending} data-testid="reception-submit">
        {t('routines.save')}
      </Button>
    </Form>
  );
}
