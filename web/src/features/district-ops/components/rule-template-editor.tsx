import type { RuleSet } from '@xinfang/api';
import { Alert, App, Button, Card, Flex, Form, Input, InputNumber, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { errorMessage } from '../../../lib/error-message';
import { useRuleTemplate, useSaveRuleTemplate } from '../api/rule-template';

type Row = RuleSet['penaltyRows'][number];
const toYuan = (fen: number) => fen / 100;
const toFen = (yuan: number) => Math.round(yuan * 100);

/**
 * The district's template: its name, the collective-visit threshold and each row's amounts in yuan (sent as fen).
 * The full spreadsheet editor of /rules lives in the rules feature; rows are added or split there, not here.
 */
export function RuleTemplateEditor() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const template = useRuleTemplate();
  const save = useSaveRuleTemplate();
  const [draft, setDraft] = useState<RuleSet>();
  useEffect(() => {
    if (template.data) setDraft(template.data.ruleSet);
  }, [template.data]);

  if (template.error) return <ErrorAlert title={t('districtOps.template.failed')} error={template.error} />;
  if (!draft) return <Card loading title={t('districtOps.template.title')} />;

  const setRow = (id: string, change: Partial<NonNullable<Row['amounts']>>) =>
    setDraft({
      ...draft,
      penaltyRows: draft.penaltyRows.map((r) =>
        r.id === id && r.amounts ? { ...r, amounts: { ...r.amounts, ...change } } : r,
      ),
    });
  const amount = (r: Row, key: 'officeHeadFen' | 'villageHeadFen') =>
    r.amounts ? (
      <InputNumber
        aria-label={`${r.label} ${t(key === 'officeHeadFen' ? 'districtOps.template.officeHead' : 'districtOps.template.villageHead')}`}
        min={0}
        precision={2}
        value={toYuan(r.amounts[key])}
        onChange={(v) => v !== null && setRow(r.id, { [key]: toFen(v) })}
      />
    ) : (
      <Typography.Text type="secondary">{t('districtOps.template.noAmount')}</Typography.Text>
    );

  return (
    <Card size="small" title={t('districtOps.template.title')} data-testid="rule-template">
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('districtOps.template.intro')}</Typography.Text>
        <Form layout="inline">
          <Form.Item label={t('districtOps.template.name')}>
            <Input value={draft.name} maxLength={100} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
          </Form.Item>
          <Form.Item label={t('districtOps.template.threshold')}>
            <InputNumber
              min={2}
              precision={0}
              value={draft.collectiveThreshold}
              onChange={(v) => v !== null && setDraft({ ...draft, collectiveThreshold: v })}
            />
          </Form.Item>
        </Form>
        <Table<Row>
          size="small"
          rowKey="id"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={draft.penaltyRows}
          columns={[
            { title: t('districtOps.template.row'), key: 'label', render: (_, r) => `${r.id} ${r.label}` },
            {
              title: t('districtOps.template.officeHead'),
              key: 'office',
              render: (_, r) => amount(r, 'officeHeadFen'),
            },
            {
              title: t('districtOps.template.villageHead'),
              key: 'village',
              render: (_, r) => amount(r, 'villageHeadFen'),
            },
          ]}
        />
        {save.error ? <Alert type="error" showIcon title={errorMessage(save.error, t)} /> : null}
        <div>
          <Button
            type="primary"
            loading={save.isPending}
            onClick={() =>
              save.mutate(draft, { onSuccess: () => void message.success(t('districtOps.template.saved')) })
            }
          >
            {t('districtOps.template.save')}
          </Button>
        </div>
      </Flex>
    </Card>
  );
}
