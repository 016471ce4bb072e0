import { List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateZh } from '../../../lib/format';
import type { CaseDetailDto } from '../api/case-types';

type Row = CaseDetailDto['deadlines'][number];

function Left({ row }: { row: Row }) {
  const { t } = useTranslation();
  if (row.doneOn) return <Tag color="green">{t('cases.detail.deadlineDone', { date: formatDateZh(row.doneOn) })}</Tag>;
  const left = row.workingDaysLeft ?? 0;
  if (left < 0) return <Tag color="red">{t('cases.detail.workingDaysOver', { days: -left })}</Tag>;
  if (left === 0) return <Tag color="red">{t('cases.detail.dueToday')}</Tag>;
  return <Tag color={left <= 5 ? 'orange' : 'blue'}>{t('cases.detail.workingDaysLeft', { days: left })}</Tag>;
}

/** Acceptance, resolution (with extensions) and review deadlines, each with the working days left. */
export function CaseDeadlines({ rows }: { rows: Row[] }) {
  const { t } = useTranslation();
  return (
    <List
      size="small"
      dataSource={rows}
      data-testid="case-deadlines"
      renderItem={(row) => (
        <List.Item>
          <Typography.Text>
            {row.label}：{formatDateZh(row.deadline)}
            {row.extensionDays ? t('cases.detail.extended', { days: row.extensionDays }) : ''}
          </Typography.Text>
          <Left row={row} />
        </List.Item>
      )}
    />
  );
}
