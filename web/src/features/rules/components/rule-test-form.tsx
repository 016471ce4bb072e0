import { Form, Input, InputNumber, Modal, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RuleTestCase, VisitForm, VisitLevel } from '../api/types';
import { parseYuan } from '../../../lib/yuan';

interface Values {
  name: string;
  unit: RuleTestCase['unit'];
  level: VisitLevel;
  form: VisitForm;
  repeats: number;
  notified: boolean;
  villageHead?: string;
  officeHead?: string;
  leadingCadre?: string;
}

const LEVELS: VisitLevel[] = ['township', 'district', 'city', 'province', 'national'];
const FORMS: VisitForm[] = ['individual', 'collective'];

/** A new test case: the visit, and the amounts expected (in yuan; an empty one is not checked). */
export function RuleTestForm({
  open,
  onCancel,
  onAdd,
}: {
  open: boolean;
  onCancel: () => void;
  onAdd: (tc: Omit<RuleTestCase, 'id'>) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const yuanRule = {
    validator: (_: unknown, value: string | undefined) =>
      !value || parseYuan(value) !== undefined
        ? Promise.resolve()
        : Promise.reject(new Error(t('rules.editor.badYuan'))),
  };
  const submit = (v: Values) => {
    const fen = (text: string | undefined) => (text ? parseYuan(text) : undefined);
    const expect = {
      ...(fen(v.villageHead) !== undefined ? { villageHeadFen: fen(v.villageHead) } : {}),
      ...(fen(v.officeHead) !== undefined ? { officeHeadFen: fen(v.officeHead) } : {}),
      ...(fen(v.leadingCadre) !== undefined ? { leadingCadreFen: fen(v.leadingCadre) } : {}),
    };
    onAdd({
      name: v.name.trim(),
      unit: v.unit,
      level: v.level,
      form: v.form,
      repeats: v.repeats,
      notified: v.notified,
      expect,
    });
    form.resetFields();
  };
  return (
    <Modal
      open={open}
      title={t('rules.tests.add')}
      onCancel={onCancel}
      onOk={() => form.submit()}
      okText={t('rules.tests.save')}
      okButtonProps={{ id: 'rule-test-ok' }}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ unit: 'village', level: 'national', form: 'individual', repeats: 0, notified: true }}
        data-testid="rule-test-form"
      >
        <Form.Item
          name="name"
          label={t('rules.tests.name')}
          rules={[{ required: true, whitespace: true, message: t('rules.tests.needName') }]}
        >
          <Input data-testid="rule-test-name" />
        </Form.Item>
        <Form.Item name="unit" label={t('rules.tests.unit')}>
          <Select
            options={[
              { value: 'village', label: t('rules.tests.unitVillage') },
              { value: 'office', label: t('rules.tests.unitOffice') },
              { value: 'department', label: t('rules.tests.unitDepartment') },
            ]}
          />
        </Form.Item>
        <Form.Item name="level" label={t('rules.tests.level')}>
          <Select options={LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) }))} />
        </Form.Item>
        <Form.Item name="form" label={t('rules.tests.form')}>
          <Select options={FORMS.map((f) => ({ value: f, label: t(`form.${f}`) }))} />
        </Form.Item>
        <Form.Item name="repeats" label={t('rules.tests.repeats')}>
          <InputNumber min={0} max={20} precision={0} data-testid="rule-test-repeats" />
        </Form.Item>
        <Form.Item name="notified" label={t('rules.tests.notified')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item
          name="villageHead"
          label={t('rules.tests.villageHead')}
          extra={t('rules.tests.blankNotChecked')}
          dependencies={['officeHead', 'leadingCadre']}
          rules={[
            yuanRule,
            ({ getFieldValue }) => ({
              validator: (_: unknown, value: string | undefined) =>
                value || getFieldValue('officeHead') || getFieldValue('leadingCadre')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('rules.tests.needOne'))),
            }),
          ]}
        >
          <Input data-testid="rule-test-village" />
        </Form.Item>
        <Form.Item name="officeHead" label={t('rules.tests.officeHead')} rules={[yuanRule]}>
          <Input data-testid="rule-test-office" />
        </Form.Item>
        <Form.Item name="leadingCadre" label={t('rules.tests.leadingCadre')} rules={[yuanRule]}>
          <Input data-testid="rule-test-cadre" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
