import { Alert, Button, Card, Col, Flex, Form, Input, InputNumber, List, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-message';
import { showFieldErrors } from '../../../lib/form-errors';
import { useRuleTemplate } from '../api/rule-template';
import { useOnboardTownship, useTownships } from '../api/townships';
import { RuleTemplateEditor } from './rule-template-editor';

interface Values {
  id: string;
  name: string;
  population: number;
  admin: { name: string };
}

/** /district/townships/new: a township and its first admin; below, the district's template the township starts from. */
export function OnboardingPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [onFields, setOnFields] = useState(false);
  const onboard = useOnboardTownship();
  const townships = useTownships();
  const template = useRuleTemplate();
  const required = (field: string) => [{ required: true, message: t('districtOps.onboarding.required', { field }) }];

  const submit = (body: Values) =>
    onboard.mutate(
      { body, idempotencyKey },
      {
        onSuccess: () => {
          form.resetFields();
          setIdempotencyKey(crypto.randomUUID());
        },
        onError: (error) => setOnFields(showFieldErrors(form, error)),
      },
    );

  const source = template.data
    ? template.data.saved
      ? t('districtOps.onboarding.savedTemplate', { name: template.data.ruleSet.name })
      : t('districtOps.onboarding.defaultPack')
    : '';

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('districtOps.onboarding.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('districtOps.onboarding.intro')}</Typography.Text>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card size="small">
            <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ population: 0 }}>
              <Form.Item
                name="name"
                label={t('districtOps.onboarding.name')}
                rules={required(t('districtOps.onboarding.name'))}
              >
                <Input maxLength={50} />
              </Form.Item>
              <Form.Item
                name="id"
                label={t('districtOps.onboarding.id')}
                extra={t('districtOps.onboarding.idHelp')}
                rules={required(t('districtOps.onboarding.id'))}
              >
                <Input maxLength={100} />
              </Form.Item>
              <Form.Item name="population" label={t('districtOps.onboarding.population')}>
                <InputNumber min={0} precision={0} style={{ width: '100%' }} />
              </Form.Item>
              <Form.Item
                name={['admin', 'name']}
                label={t('districtOps.onboarding.adminName')}
                extra={t('districtOps.onboarding.adminHelp')}
                rules={required(t('districtOps.onboarding.adminName'))}
              >
                <Input maxLength={30} />
              </Form.Item>
              {source ? (
                <Typography.Paragraph type="secondary">
                  {t('districtOps.onboarding.templateSource', { source })}
                </Typography.Paragraph>
              ) : null}
              {onboard.error && !onFields ? (
                <Alert type="error" showIcon title={errorMessage(onboard.error, t)} style={{ marginBottom: 12 }} />
              ) : null}
              {onboard.data ? (
                <Alert
                  type="success"
                  showIcon
                  data-testid="onboarded"
                  style={{ marginBottom: 12 }}
                  title={t('districtOps.onboarding.done', {
                    name: onboard.data.name,
                    adminId: onboard.data.admin?.id ?? '',
                    adminName: onboard.data.admin?.name ?? '',
                  })}
                />
              ) : null}
              <Button type="primary" htmlType="submit" loading={onboard.isPending}>
                {t('districtOps.onboarding.submit')}
              </Button>
            </Form>
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('districtOps.onboarding.townships')}>
            <List
              size="small"
              loading={townships.isPending}
              dataSource={townships.data ?? []}
              renderItem={(x) => <List.Item>{x.name}</List.Item>}
            />
          </Card>
        </Col>
      </Row>
      <RuleTemplateEditor />
    </Flex>
  );
}
