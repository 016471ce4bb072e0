import { Card, DatePicker, Descriptions, Empty, Flex, Select, Skeleton } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDateZh } from '../../../lib/format';
import { useResponsible } from '../api/get-responsible';
import type { OrgView } from '../api/types';

/** "Who was responsible for this unit on a date", per role, as the accountability rules read it. */
export function ResponsibleLookup({ org, today }: { org: OrgView; today: string }) {
  const { t } = useTranslation();
  const [unitId, setUnitId] = useState<string>();
  const [date, setDate] = useState(today);
  const answer = useResponsible(unitId, date);
  const names = (people: { name: string; title?: string | undefined }[]) =>
    people.length === 0
      ? t('org.responsible.nobody')
      : people.map((p) => (p.title ? `${p.name}（${p.title}）` : p.name)).join('、');

  return (
    <Flex vertical gap={12} data-testid="responsible-lookup">
      <Flex gap={8} wrap>
        <Select
          style={{ minWidth: 200, flex: 1 }}
          placeholder={t('org.responsible.unit')}
          showSearch
          optionFilterProp="label"
          value={unitId}
          onChange={setUnitId}
          options={org.units.map((u) => ({ value: u.id, label: u.name }))}
          data-testid="responsible-unit"
        />
        <DatePicker
          value={dayjs(date)}
          allowClear={false}
          onChange={(d) => d && setDate(d.format('YYYY-MM-DD'))}
          data-testid="responsible-date"
        />
      </Flex>
      {unitId === undefined ? (
        <Empty description={t('org.responsible.pick')} />
      ) : answer.isPending ? (
        <Skeleton active />
      ) : answer.isError ? (
        <ErrorAlert title={t('org.loadFailed')} error={answer.error} />
      ) : (
        <Card
          size="small"
          title={t('org.responsible.title', { unit: answer.data.unit.name, date: formatDateZh(answer.data.date) })}
        >
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('org.role.main')}>{names(answer.data.main)}</Descriptions.Item>
            <Descriptions.Item label={t('org.responsible.cadres')}>
              {names(answer.data.leadingCadres)}
            </Descriptions.Item>
          </Descriptions>
        </Card>
      )}
    </Flex>
  );
}
