import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '../../../lib/format';
import type { AnnualReport } from '../api/types';

const yuan = (fen: number) => formatYuan(fen);

/** The year per unit: visits, fines, rewards, retrieval tasks and vetoes. */
export function AnnualUnitTable({ report }: { report: AnnualReport }) {
  const { t } = useTranslation();
  return (
    <Table
      size="small"
      bordered
      rowKey="unitId"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={report.byUnit}
      columns={[
        { title: t('reports.unit'), dataIndex: 'name' },
        { title: t('reports.visits'), dataIndex: 'visits', align: 'right' },
        { title: t('reports.fines'), dataIndex: 'finesFen', align: 'right', render: yuan },
        { title: t('reports.rewards'), dataIndex: 'rewardsFen', align: 'right', render: yuan },
        { title: t('reports.retrievalTasks'), dataIndex: 'retrievalTasks', align: 'right' },
        {
          title: t('reports.vetoed'),
          dataIndex: 'vetoed',
          render: (v: boolean) => (v ? <Tag color="red">{t('reports.yes')}</Tag> : ''),
        },
      ]}
    />
  );
}

/** The year per person: number and sum of fines, rewards, sanctions and vetoes. */
export function AnnualPersonTable({ report }: { report: AnnualReport }) {
  const { t } = useTranslation();
  return (
    <Table
      size="small"
      bordered
      rowKey="personId"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={report.byPerson}
      columns={[
        { title: t('reports.person'), dataIndex: 'name' },
        { title: t('reports.fineCount'), dataIndex: 'fineCount', align: 'right' },
        { title: t('reports.fines'), dataIndex: 'finesFen', align: 'right', render: yuan },
        { title: t('reports.rewards'), dataIndex: 'rewardsFen', align: 'right', render: yuan },
        { title: t('reports.sanctions'), dataIndex: 'sanctions', render: (s: string[]) => s.join('、') },
        {
          title: t('reports.vetoed'),
          dataIndex: 'vetoed',
          render: (v: boolean) => (v ? <Tag color="red">{t('reports.yes')}</Tag> : ''),
        },
      ]}
    />
  );
}

/** The year's targets (visits down on the previous year, backlog cleared, model township) and whether each is met. */
export function AnnualTargetTable({ report }: { report: AnnualReport }) {
  const { t } = useTranslation();
  const v = report.targets.visits;
  const b = report.targets.backlog;
  const met = (m: boolean | null) =>
    m === null ? (
      t('reports.metUnknown')
    ) : m ? (
      <Tag color="green">{t('reports.metYes')}</Tag>
    ) : (
      <Tag color="red">{t('reports.metNo')}</Tag>
    );
  const rows = [
    {
      key: 'visits',
      item: t('reports.targetVisits', { pct: v.targetReductionPct }),
      actual:
        t('reports.targetVisitsActual', { year: report.year, current: v.current, previous: v.previous }) +
        (v.targetVisits === null ? '' : t('reports.targetVisitsLimit', { limit: v.targetVisits })),
      met: met(v.met),
    },
    ...(b.required
      ? [
          {
            key: 'backlog',
            item: t('reports.targetBacklog'),
            actual: t('reports.targetBacklogActual', { open: b.openAtEnd, cleared: b.clearedInYear }),
            met: met(b.met),
          },
        ]
      : []),
    ...(report.targets.modelTownship.required
      ? [{ key: 'model', item: t('reports.targetModel'), actual: t('reports.metPending'), met: '—' }]
      : []),
  ];
  return (
    <Table
      size="small"
      bordered
      pagination={false}
      dataSource={rows}
      columns={[
        { title: t('reports.targetItem'), dataIndex: 'item' },
        { title: t('reports.actual'), dataIndex: 'actual' },
        { title: t('reports.met'), dataIndex: 'met' },
      ]}
    />
  );
}
