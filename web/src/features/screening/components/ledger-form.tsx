import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-message';
import { showFieldErrors } from '../../../lib/form-errors';
import type { ScreeningItem } from '../api/types';

interface Props {
  unitName: string;
  monthLabel: string;
  initial: ScreeningItem[];
  /** The version on file (undefined: not yet filed this month). */
  version: number | undefined;
  pending?: boolean;
  onSubmit: (items: ScreeningItem[]) => Promise<unknown>;
}

const KINDS = ['dispute', 'risk'] as const;
const STATUSES = ['open', 'in_progress', 'resolved'] as const;

/**
 * A unit's monthly screening ledger (矛盾纠纷排查台账): the risks and disputes in its area and how far each is
 * handled. It describes matters, never persons: there is no field for anyone's name or contact.
 */
export function LedgerForm({ unitName, monthLabel, initial, version, pending, onSubmit }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ items: ScreeningItem[] }>();
  const [failure, setFailure] = useState<string>();

  const submit = async ({ items = [] }: { items?: ScreeningItem[] }) => {
    setFailure(undefined);
    try {
      await onSubmit(items.map((i) => ({ ...i, description: i.description ?? '' })));
    } catch (error) {
      if (!showFieldErrors(form, error)) setFailure(errorMessage(error, t));
    }
  };

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ items: initial }}
      onFinish={(v) => void submit(v)}
      data-testid="ledger-form"
    >
      <Typography.Paragraph type="secondary">
        {t('screening.formHint', { unit: unitName, month: monthLabel })}
      </Typography.Paragraph>
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} />}
      <Form.List name="items">
        {(fields, { add, remove }) => (
          <Flex vertical gap={12}>
            {fields.length === 0 && <Alert type="info" showIcon title={t('screening.zeroReport')} />}
            {fields.map((field, index) => (
              <Card
                key={field.key}
                size="small"
                title={t('screening.itemN', { n: index + 1 })}
                extra={
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('screening.remove')}
                    onClick={() => remove(field.name)}
                  />
                }
              >
                <Form.Item
                  name={[field.name, 'title']}
                  label={t('screening.title')}
                  rules={[{ required: true, whitespace: true, message: t('screening.titleRequired') }]}
                >
                  <Input maxLength={200} />
                </Form.Item>
                <Flex gap={12} wrap>
                  <Form.Item
                    name={[field.name, 'kind']}
                    label={t('screening.kind')}
                    rules={[{ required: true, message: t('screening.required') }]}
                    style={{ minWidth: 140, flex: 1 }}
                  >
                    <Select options={KINDS.map((k) => ({ value: k, label: t(`screening.kinds.${k}`) }))} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'status']}
                    label={t('screening.status')}
                    rules={[{ required: true, message: t('screening.required') }]}
                    style={{ minWidth: 140, flex: 1 }}
                  >
                    <Select options={STATUSES.map((s) => ({ value: s, label: t(`screening.statuses.${s}`) }))} />
                  </Form.Item>
                </Flex>
                <Form.Item
                  name={[field.name, 'description']}
                  label={t('screening.description')}
                  extra={t('screening.noPersons')}
                >
                  <Input.TextArea rows={2} maxLength={2000} />
                </Form.Item>
              </Card>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ title: '', kind: 'dispute', status: 'open', description: '' })}
              data-testid="ledger-add"
            >
              {t('screening.add')}
            </Button>
          </Flex>
        )}
      </Form.List>
      <Flex gap={12} align="center" wrap style={{ marginTop: 16 }}>
        <Button type="primary" htmlType="submit" loading={pending} data-testid="ledger-submit">
          {version === undefined ? t('screening.submit') : t('screening.resubmit')}
        </Button>
        {version !== undefined && (
          <Typography.Text type="secondary">{t('screening.filedVersion', { version })}</Typography.Text>
        )}
      </Flex>
    </Form>
  );
}
