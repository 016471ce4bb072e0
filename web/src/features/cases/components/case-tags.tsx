import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseSummaryDto } from '../api/case-types';
import { deadlineMark } from '../lib/deadline-tag';

/** Overdue in red, due soon in orange, resolved in green: what an official scans a list for. */
export function DeadlineTag({ item, today }: { item: CaseSummaryDto; today: string }) {
  const { t } = useTranslation();
  const { mark, daysLeft } = deadlineMark(item, today);
  if (mark === 'overdue')
    return (
      <Tag color="red" data-testid="tag-overdue">
        {t('cases.tagOverdue')}
      </Tag>
    );
  if (mark === 'due_soon') {
    return (
      <Tag color="orange" data-testid="tag-due-soon">
        {t('cases.tagDueSoon')} · {t('cases.daysLeft', { days: daysLeft })}
      </Tag>
    );
  }
  if (mark === 'resolved') return <Tag color="green">{t('cases.tagResolved')}</Tag>;
  return null;
}

export function StatusTag({ status }: { status: CaseSummaryDto['status'] }) {
  const { t } = useTranslation();
  return <Tag color="blue">{t(`cases.status.${status}`)}</Tag>;
}
