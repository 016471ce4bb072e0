import { Card, List, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTimeZh } from '../../../lib/format';
import type { ScreeningLedgerView, UnitName } from '../api/types';

/** The month's filed ledgers, each unfolding to its items. */
export function FiledLedgers({ ledgers, units }: { ledgers: ScreeningLedgerView[]; units: UnitName[] }) {
  const { t } = useTranslation();
  const name = new Map(units.map((u) => [u.id, u.name]));
  return (
    <Card title={t('screening.filedTitle')}>
      <Table
        data-testid="screening-filed"
        rowKey="unitId"
        size="small"
        dataSource={ledgers}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('screening.noneFiled') }}
        expandable={{
          rowExpandable: (l) => l.items.length > 0,
          expandedRowRender: (l) => (
            <List
              size="small"
              dataSource={l.items}
              renderItem={(item) => (
                <List.Item>
                  <List.Item.Meta
                    title={
                      <>
                        <Tag>{t(`screening.kinds.${item.kind}`)}</Tag>
                        {item.title}
                        <Tag color={item.status === 'resolved' ? 'green' : 'orange'} style={{ marginInlineStart: 8 }}>
                          {t(`screening.statuses.${item.status}`)}
                        </Tag>
                      </>
                    }
                    description={item.description}
                  />
                </List.Item>
              )}
            />
          ),
        }}
        columns={[
          {
            title: t('screening.unit'),
            render: (_: unknown, l: ScreeningLedgerView) => name.get(l.unitId) ?? t('screening.unknownUnit'),
          },
          {
            title: t('screening.items'),
            render: (_: unknown, l: ScreeningLedgerView) =>
              l.items.length === 0 ? t('screening.zero') : t('screening.itemCount', { count: l.items.length }),
          },
          {
            title: t('screening.submittedAt'),
            render: (_: unknown, l: ScreeningLedgerView) => formatDateTimeZh(l.submittedAt),
          },
          { title: t('screening.version'), dataIndex: 'version' },
        ]}
      />
    </Card>
  );
}
