import { Card, Empty, Skeleton, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useDistrictTownships } from '../api/get-district-townships';
import type { Township } from '../api/types';

/** The district's townships by name and population, for the district overseer and auditor. */
export function DistrictTownships() {
  const { t, i18n } = useTranslation();
  const townships = useDistrictTownships();
  const numbers = new Intl.NumberFormat(i18n.language === 'en' ? 'en' : 'zh-CN');

  let body;
  if (townships.isPending) body = <Skeleton active />;
  else if (townships.isError)
    body = (
      <ErrorAlert title={t('home.districtFailed')} error={townships.error} onRetry={() => void townships.refetch()} />
    );
  else
    body = (
      <Table<Township>
        data-testid="district-townships"
        rowKey="id"
        size="middle"
        pagination={false}
        dataSource={[...townships.data].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))}
        locale={{ emptyText: <Empty description={t('home.districtEmpty')} /> }}
        columns={[
          { key: 'name', dataIndex: 'name', title: t('home.townshipName') },
          {
            key: 'population',
            dataIndex: 'population',
            title: t('home.population'),
            align: 'right',
            sorter: (a, b) => a.population - b.population,
            render: (population: number) =>
              population > 0 ? (
                t('home.populationValue', { value: numbers.format(population) })
              ) : (
                <Typography.Text type="secondary">{t('home.populationUnknown')}</Typography.Text>
              ),
          },
        ]}
      />
    );

  return <Card title={t('home.districtTitle')}>{body}</Card>;
}
