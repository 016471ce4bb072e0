import { Button, DatePicker, Flex, Modal, Skeleton, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDateZh } from '../../../lib/format';
import { useCadres, useCaseOptions } from '../api/get-choices';
import { useReceptionDays } from '../api/get-reception-days';
import { useSaveReceptionDay } from '../api/save-reception-day';
import type { ReceptionDayView } from '../api/types';
import { ReceptionForm } from './reception-form';

const thisYear = () => Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));

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
          <DatePicker picker="year" allowClear={false} value={dayjs(`${year}-01-01`)} onChange={(d) => d && setYear(d.year())} />
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
        <Table
          data-testid="reception-days"
          rowKey="id"
          dataSource={days.data}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('routines.reception.none', { year }) }}
          columns={[
            { title: t('routines.reception.date'), render: (_: unknown, d: ReceptionDayView) => formatDateZh(d.date) },
            { title: t('routines.reception.leader'), dataIndex: 'leaderName' },
            { title: t('routines.reception.place'), dataIndex: 'place' },
            {
              title: t('routines.reception.cases'),
              render: (_: unknown, d: ReceptionDayView) =>
                d.cases.length === 0 ? (
                  <Typography.Text type="secondary">{t('routines.reception.noCases')}</Typography.Text>
                ) : (
                  <Flex vertical gap={4}>
                    {d.cases.map((c) => (
                      <span key={c.caseId}>
                        <Tag>{c.caseId}</Tag>
                        {c.caseSummary}
                      </span>
                    ))}
                  </Flex>
                ),
            },
            ...(canEdit
              ? [{ title: t('routines.actions'), render: (_: unknown, d: ReceptionDayView) => <Button size="small" onClick={() => open(d)}>{t('routines.reception.record')}</Button> }]
              : []),
          ]}
        />
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
