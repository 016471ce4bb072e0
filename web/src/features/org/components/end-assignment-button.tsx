import { App, Button, DatePicker, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-message';
import { useEndAssignment } from '../api/change-assignment';
import type { OrgAssignment } from '../api/types';
import { todayValue } from '../../../lib/today';

/** Ends an assignment on a chosen last day; it stays in the history (who was responsible when). */
export function EndAssignmentButton({ assignment, who }: { assignment: OrgAssignment; who: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const end = useEndAssignment();
  const [open, setOpen] = useState(false);
  const [to, setTo] = useState<Dayjs | null>(todayValue);

  const confirm = async () => {
    if (!to) return;
    try {
      await end.mutateAsync({ id: assignment.id, to: to.format('YYYY-MM-DD'), version: assignment.version });
      setOpen(false);
      void message.success(t('org.assignment.ended'));
    } catch (error) {
      void message.error(errorMessage(error, t));
    }
  };

  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        {t('org.assignment.end')}
      </Button>
      <Modal
        open={open}
        title={t('org.assignment.endTitle', { who })}
        okText={t('org.assignment.end')}
        cancelText={t('org.cancel')}
        confirmLoading={end.isPending}
        okButtonProps={{ disabled: !to }}
        onOk={() => void confirm()}
        onCancel={() => setOpen(false)}
      >
        <p>{t('org.assignment.endHint')}</p>
        <DatePicker value={to} onChange={setTo} style={{ width: '100%' }} minDate={dayjs(assignment.from)} />
      </Modal>
    </>
  );
}
