import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, InputNumber, Select, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { FORMS, LEVELS, type MixLine } from '../api/types';

interface Props {
  value: MixLine[];
  onChange: (next: MixLine[]) => void;
}

/** A set of visits to price: kind, repeats and how many, line by line. */
export function MixEditor({ value, onChange }: Props) {
  const { t } = useTranslation();
  const update = (i: number, patch: Partial<MixLine>) =>
    onChange(value.map((line, j) => (j === i ? { ...line, ...patch } : line)));
  return (
    <Table<MixLine & { index: number }>
      data-testid="district-mix"
      rowKey="index"
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={value.map((line, index) => ({ ...line, index }))}
      footer={() => (
        <Button
          icon={<PlusOutlined />}
          onClick={() => onChange([...value, { level: 'township', form: 'individual', repeats: 1, count: 1 }])}
        >
          {t('districtCompare.rules.mixAdd')}
        </Button>
      )}
      columns={[
        {
          key: 'form',
          title: t('districtCompare.rules.kind'),
          render: (_, r) => (
            <Select
              style={{ width: 96 }}
              value={r.form}
              options={FORMS.map((f) => ({ value: f, label: t(`form.${f}`) }))}
              onChange={(form) => update(r.index, { form })}
            />
          ),
        },
        {
          key: 'level',
          title: '',
          render: (_, r) => (
            <Select
              style={{ width: 88 }}
              value={r.level}
              options={LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) }))}
              onChange={(level) => update(r.index, { level })}
            />
          ),
        },
        {
          key: 'repeats',
          title: t('districtCompare.rules.repeats'),
          render: (_, r) => (
            <InputNumber
              min={0}
              max={20}
              precision={0}
              value={r.repeats}
              onChange={(n) => n !== null && update(r.index, { repeats: n })}
            />
          ),
        },
        {
          key: 'count',
          title: t('districtCompare.rules.mixCount'),
          render: (_, r) => (
            <InputNumber
              min={1}
              max={100_000}
              precision={0}
              value={r.count}
              onChange={(n) => n !== null && update(r.index, { count: n })}
            />
          ),
        },
        {
          key: 'remove',
          title: '',
          render: (_, r) => (
            <Button
              type="text"
              danger
              icon={<DeleteOutlined />}
              aria-label={t('districtCompare.rules.mixRemove')}
              onClick={() => onChange(value.filter((_, j) => j !== r.index))}
            />
          ),
        },
      ]}
    />
  );
}
