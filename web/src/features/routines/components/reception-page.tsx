import { Button, Card, DatePicker, Descriptions, Empty, Flex, Modal, Skeleton, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDateZh } from '../../../lib/format';
import { todayInShanghai } from '../../../lib/today';
import { useCadres, useCaseOptions } from '../api/get-choices';
import { useReceptionDays } from '../api/get-reception-days';
import { useSaveReceptionDay } from '../api/save-reception-day';
import type { ReceptionDayView } from '../api/types';
import { ReceptionForm } from './reception-form';

const thisYear = () => Number(todayInShanghai().slice(0, 4));

/** `/reception-days`: the leaders' reception-day schedule (领导接访日) and the cases received on each day. */
export function ReceptionPage({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const [year, setYear] = useState(thisYear());
  const days = useReceptionDays(year);
  const cases = useCaseOptions();
  const cadres = useCadres();
  const save = useSaveReceptionDay();
  const [editing, setEditing] = useState<ReceptionDayView | 'new'>();
  // One key per opened form: a double click or a retry after a lost answer records the reception once.
  const [key, setKey] = useState('');
  const open = (what: ReceptionDayView | 'new') => {
    setKey(`reception-${crypto.randomUUID()}`);
    setEditing(what);
  };

  const choicesFailed = cases.isError ? cases.error : cadres.isError ? cadres.error : undefined;
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('routines.reception.pageTitle')}
        </Typography.Title>
        <Flex gap={8}>
          <DatePicker
            picker="year"
            allowClear={false}
            value={dayjs(`${year}-01-01`)}
            onChange={(d) => d && setYear(d.year())}
          />
          {canEdit && (
            <Button type="primary" onClick={() => open('new')} data-testid="reception-new">
              {t('routines.reception.new')}
            </Button>
          )}
        </Flex>
      </Flex>
      {days.isPending ? (
        <Skeleton active />
      ) : days.isError ? (
        <ErrorAlert title={t('routines.loadFailed')} error={days.error} onRetry={() => void days.refetch()} />
      ) : (
        <Flex vertical gap={12} data-testid="reception-days">
          {days.data.length === 0 && (
            <Card>
              <Empty description={t('routines.reception.none', { year })} />
            </Card>
          )}
          {days.data.map((d) => (
            <Card
              key={d.id}
              size="small"
              title={formatDateZh(d.date)}
              extra={
                canEdit && (
                  <Button size="small" onClick={() => open(d)}>
                    {t('routines.reception.record')}
                  </Button>
                )
              }
            >
              <Descriptions column={1} size="small">
                <Descriptions.Item label={t('routines.reception.leader')}>{d.leaderName}</Descriptions.Item>
                <Descriptions.Item label={t('routines.reception.place')}>{d.place}</Descriptions.Item>
                <Descriptions.Item label={t('routines.reception.cases')}>
                  {d.cases.length === 0 ? (
                    <Typography.Text type="secondary">{t('routines.reception.noCases')}</Typography.Text>
                  ) : (
                    <Flex vertical gap={4}>
                      {d.cases.map((c) => (
                        <span key={c.caseId}>
                          <Tag>{c.caseNumber ?? c.caseId}</Tag>
                          {c.caseSummary}
                        </span>
                      ))}
                    </Flex>
                  )}
                </Descriptions.Item>
              </Descriptions>
            </Card>
          ))}
        </Flex>
      )}
      <Modal
        open={editing !== undefined}
        onCancel={() => setEditing(undefined)}
        footer={null}
        title={editing === 'new' ? t('routines.reception.new') : t('routines.reception.record')}
        destroyOnHidden
      >
        {choicesFailed ? (
          <ErrorAlert title={t('routines.loadFailed')} error={choicesFailed} />
        ) : !cases.data || !cadres.data ? (
          <Skeleton active />
        ) : (
          <ReceptionForm
            cadres={cadres.data}
            cases={cases.data}
            {...(editing && editing !== 'new' ? { day: editing } : {})}
            pending={save.isPending}
            onSubmit={async (body) => {
              await save.mutateAsync({ ...(editing && editing !== 'new' ? { id: editing.id } : {}), body, key });
              setEditing(undefined);
            }}
          />
        )}
      </Modal>
    </Flex>
  );
}
