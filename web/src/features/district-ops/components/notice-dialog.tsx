import type { DistrictVisits } from '@xinfang/api';
import { Alert, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-message';
import { formatDateZh } from '../../../lib/format';
import { showFieldErrors } from '../../../lib/form-errors';
import { useIssueNotice } from '../api/issue-notice';

type Visit = DistrictVisits['items'][number];
type NoticeLevel = 'district' | 'city' | 'province' | 'national';
const NOTICE_LEVELS: readonly NoticeLevel[] = ['district', 'city', 'province', 'national'];

interface Values {
  level: NoticeLevel;
  reason: DistrictVisits['reasons'][number]['value'];
  note?: string;
}

interface Props {
  townshipId: string;
  visit: Visit;
  reasons: DistrictVisits['reasons'];
  onClose: (done: boolean) => void;
}

/** The notice form: level, a reason from the list, a note. Errors from the API land on their fields. */
export function NoticeDialog({ townshipId, visit, reasons, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const issue = useIssueNotice();
  const [onFields, setOnFields] = useState(false);
  const visitId = visit.visitId ?? '';

  const submit = (values: Values) =>
    issue.mutate(
      {
        townshipId,
        caseId: visit.caseId,
        idempotencyKey,
        body: { visitId, level: values.level, reason: values.reason, ...(values.note ? { note: values.note } : {}) },
      },
      { onSuccess: () => onClose(true), onError: (error) => setOnFields(showFieldErrors(form, error)) },
    );

  return (
    <Modal
      open
      title={t('districtOps.notices.dialogTitle', {
        number: visit.caseNumber,
        date: formatDateZh(visit.on),
        level: visit.levelLabel,
      })}
      okText={t('districtOps.notices.submit')}
      cancelText={t('districtOps.notices.cancel')}
      confirmLoading={issue.isPending}
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" initialValues={{ level: 'district' }} onFinish={submit}>
        <Form.Item name="level" label={t('districtOps.notices.noticeLevel')} rules={[{ required: true }]}>
          <Select options={NOTICE_LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) }))} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('districtOps.notices.reason')}
          rules={[{ required: true, message: t('districtOps.notices.reasonRequired') }]}
        >
          <Select
            data-testid="notice-reason"
            placeholder={t('districtOps.notices.reasonRequired')}
            options={reasons.map((r) => ({ value: r.value, label: r.label }))}
          />
        </Form.Item>
        <Form.Item name="note" label={t('districtOps.notices.note')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
      {issue.error && !onFields ? <Alert type="error" showIcon title={errorMessage(issue.error, t)} /> : null}
    </Modal>
  );
}
