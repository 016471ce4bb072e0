import { Button, Card, Descriptions, Empty, Flex, Modal, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDateZh } from '../../../lib/format';
import { todayInShanghai } from '../../../lib/today';
import { useReceptionDays } from '../api/get-reception-days';
import { useSaveReceptionDay } from '../api/save-reception-day';
import type { ReceptionDayView } from '../api/types';
import { ReceptionForm } from './reception-form';
import { RoutineChoices, useRoutineChoices } from './routine-choices';
import { RoutinePageHeader } from './routine-page-header';
import { useRoutineEditor } from './use-routine-editor';

const thisYear = () => Number(todayInShanghai().slice(0, 4));

/** `/reception-days`: the leaders' reception-day schedule (领导接访日) and the cases received on each day. */
export function ReceptionPage({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const [year, setYear] = useState(thisYear());
  const days = useReceptionDays(year);
  const choices = useRoutineChoices();
  const save = useSaveReceptionDay();
  const editor = useRoutineEditor<ReceptionDayView>('reception');
  const { open } = editor;

  return (
    <Flex vertical gap={16}>
      <RoutinePageHeader
        title={t('routines.reception.pageTitle')}
        year={year}
        onYearChange={setYear}
        {...(canEdit
          ? { create: { label: t('routines.reception.new'), testId: 'reception-new', onClick: () => open('new') } }
          : {})}
      />
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
        open={editor.isOpen}
        onCancel={editor.close}
        footer={null}
        title={editor.isNew ? t('routines.reception.new') : t('routines.reception.record')}
        destroyOnHidden
      >
        <RoutineChoices choices={choices}>
          {({ cases, cadres }) => (
            <ReceptionForm
              cadres={cadres}
              cases={cases}
              {...(editor.record ? { day: editor.record } : {})}
              pending={save.isPending}
              onSubmit={editor.submitWith(save.mutateAsync)}
            />
          )}
        </RoutineChoices>
      </Modal>
    </Flex>
  );
}
