import { Card, Flex, Select, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useHonours, useSaveHonour } from '../api/honours';
import type { Honour } from '../api/types';
import { todayValue } from '../../../lib/today';

type Level = Honour['level'];

/** The model-township title of this year and the years before: each year set (or withdrawn) in place. */
export function HonoursCard() {
  const { t } = useTranslation();
  const honours = useHonours();
  const save = useSaveHonour();
  const thisYear = todayValue().year();
  const years = [thisYear, thisYear - 1, thisYear - 2, thisYear - 3];
  const byYear = new Map((honours.data?.items ?? []).map((h) => [h.year, h]));
  const options = [
    { value: 'none', label: t('settings.levelNone') },
    { value: 'district', label: t('settings.levelDistrict') },
    { value: 'city', label: t('settings.levelCity') },
  ];
  return (
    <Card title={t('settings.honours')} data-testid="settings-honours">
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('settings.honoursHint')}</Typography.Text>
        {honours.isError && (
          <ErrorAlert title={t('settings.loadFailed')} error={honours.error} onRetry={() => void honours.refetch()} />
        )}
        {save.isError && <ErrorAlert title={t('settings.saveFailed')} error={save.error} />}
        <Table<{ year: number }>
          size="small"
          rowKey="year"
          loading={honours.isPending || save.isPending}
          pagination={false}
          dataSource={years.map((year) => ({ year }))}
          columns={[
            { title: t('settings.year'), dataIndex: 'year' },
            {
              title: t('settings.level'),
              key: 'level',
              render: (_, { year }) => {
                const current = byYear.get(year);
                return (
                  <Select
                    style={{ width: 180 }}
                    data-testid={`settings-honour-${year}`}
                    value={current?.level ?? 'none'}
                    options={options}
                    onChange={(v: string) => {
                      const level: Level = v === 'district' || v === 'city' ? v : null;
                      save.mutate({ year, level, version: current?.version ?? 0 });
                    }}
                  />
                );
              },
            },
          ]}
        />
      </Flex>
    </Card>
  );
}
