import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Flex, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-message';
import { showFieldErrors } from '../../../lib/form-errors';
import {
  OCCASIONS,
  type Cadre,
  type CaseOption,
  type CaseReviewRequest,
  type CaseReviewView,
  type ReviewOccasion,
} from '../api/types';
import { CaseSelect } from './case-select';

interface Values {
  occasion: ReviewOccasion;
  eventName?: string;
  eventDate: Dayjs;
  meetingDate: Dayjs;
  items: { caseId: string; leaderId: string; decision: string; dueDate?: Dayjs | null }[];
}

interface Props {
  cases: CaseOption[];
  cadres: Cadre[];
  /** A review being edited; absent for a new one. */
  review?: CaseReviewView;
  pending?: boolean;
  onSubmit: (body: CaseReviewRequest) => Promise<unknown>;
}

const day = (d: Dayjs) => d.format('YYYY-MM-DD');

/**
 * A pre-event case review (重点案件研判): for each case the meeting looked at, the decision and the leader who answers
 * for it. About cases only: nothing here names or describes a petitioner.
 */
export function ReviewForm({ cases, cadres, review, pending, onSubmit }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string>();
  const occasion = Form.useWatch('occasion', form);

  const initial: Partial<Values> = review
    ? {
        occasion: review.occasion,
        ...(review.eventName ? { eventName: review.eventName } : {}),
        eventDate: dayjs(review.eventDate),
        meetingDate: dayjs(review.meetingDate),
        items: review.items.map((i) => ({
          caseId: i.caseId,
          leaderId: i.leaderId,
          decision: i.decision,
          dueDate: i.dueDate ? dayjs(i.dueDate) : null,
        })),
      }
    : { items: [{} as Values['items'][number]] };

  const submit = async (v: Values) => {
    setFailure(undefined);
    const body: CaseReviewRequest = {
      occasion: v.occasion,
      ...(v.occasion === 'event' && v.eventName ? { eventName: v.eventName } : {}),
      eventDate: day(v.eventDate),
      meetingDate: day(v.meetingDate),
      items: v.items.map((i) => ({
        caseId: i.caseId,
        leaderId: i.leaderId,
        decision: i.decision,
        ...(i.dueDate ? { dueDate: day(i.dueDate) } : {}),
      })),
      ...(review ? { version: review.version } : {}),
    };
    try {
      await onSubmit(body);
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
      data-testid="review-form"
    >
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} />}
      <Flex gap={12} wrap>
        <Form.Item
          name="occasion"
          label={t('routines.review.occasion')}
          rules={[required]}
          style={{ minWidth: 160, flex: 1 }}
        >
          <Select options={OCCASIONS.map((o) => ({ value: o, label: t(`routines.occasion.${o}`) }))} />
        </Form.Item>
        {occasion === 'event' && (
          <Form.Item
            name="eventName"
            label={t('routines.review.eventName')}
            rules={[{ ...required, whitespace: true }]}
            style={{ minWidth: 160, flex: 1 }}
          >
            <Input maxLength={100} />
          </Form.Item>
        )}
      </Flex>
      <Flex gap={12} wrap>
        <Form.Item
          name="eventDate"
          label={t('routines.review.eventDate')}
          rules={[required]}
          style={{ minWidth: 160, flex: 1 }}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="meetingDate"
          label={t('routines.review.meetingDate')}
          rules={[required]}
          style={{ minWidth: 160, flex: 1 }}
        >
          <DatePicker style={{ width: '100%' }} disabled={review !== undefined} />
        </Form.Item>
      </Flex>
      <Form.List name="items">
        {(fields, { add, remove }) => (
          <Flex vertical gap={12}>
            {fields.map((field, index) => (
              <Card
                key={field.key}
                size="small"
                title={t('routines.review.caseN', { n: index + 1 })}
                extra={
                  fields.length > 1 && (
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('routines.remove')}
                      onClick={() => remove(field.name)}
                    />
                  )
                }
              >
                <Form.Item name={[field.name, 'caseId']} label={t('routines.case')} rules={[required]}>
                  <CaseSelect cases={cases} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'decision']}
                  label={t('routines.review.decision')}
                  rules={[{ ...required, whitespace: true }]}
                >
                  <Input.TextArea rows={2} maxLength={2000} />
                </Form.Item>
                <Flex gap={12} wrap>
                  <Form.Item
                    name={[field.name, 'leaderId']}
                    label={t('routines.review.leader')}
                    rules={[required]}
                    style={{ minWidth: 160, flex: 1 }}
                  >
                    <Select
                      showSearch
                      optionFilterProp="label"
                      options={cadres.map((c) => ({
                        value: c.id,
                        label: c.title ? `${c.name}（${c.title}）` : c.name,
                      }))}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'dueDate']}
                    label={t('routines.review.dueDate')}
                    style={{ minWidth: 160, flex: 1 }}
                  >
                    <DatePicker style={{ width: '100%' }} />
                  </Form.Item>
                </Flex>
              </Card>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>
              {t('routines.review.addCase')}
            </Button>
          </Flex>
        )}
      </Form.List>
      <Button type="primary" htmlType="submit" loading={pending} style={{ marginTop: 16 }} data-testid="review-submit">
        {t('routines.save')}
      </Button>
    </Form>
  );
}
