import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, List, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { errorMessage } from '../../../lib/error-message';
import { formatDateZh } from '../../../lib/format';
import { useIsPhone } from '../../../lib/use-media-query';
import type { CaseSummaryDto } from '../api/case-types';
import { useExportCases } from '../api/export-cases';
import { useCaseCount } from '../api/get-case-count';
import { useCaseOrg } from '../api/get-case-org';
import { PAGE_SIZE, useCases } from '../api/get-cases';
import type { CaseFilters } from '../lib/case-filters';
import { deadlineMark } from '../lib/deadline-tag';
import { todayInShanghai } from '../../../lib/today';
import { caseNumberOf } from '../lib/case-number';
import { CaseFiltersBar } from './case-filters-bar';
import { DeadlineTag, StatusTag } from './case-tags';

interface Props {
  filters: CaseFilters;
  onFiltersChange: (next: CaseFilters) => void;
  /** Unit reporters see their unit's cases only, and do not register. */
  canRegister: boolean;
  showUnitFilter: boolean;
}

/**
 * The case list: filters, the count from the API's count endpoint, server-side pages (cursor per page, so
 * "previous" goes back exactly), Excel export of the filtered list. Cards on a phone, a table elsewhere.
 */
export function CaseList({ filters, onFiltersChange, canRegister, showUnitFilter }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const phone = useIsPhone();
  const today = todayInShanghai();
  // The cursors of the pages seen so far: page n starts at cursors[n - 1] (page 1 at none).
  const [cursors, setCursors] = useState<string[]>([]);
  const page = cursors.length + 1;
  const list = useCases(filters, cursors.at(-1));
  const count = useCaseCount(filters);
  const org = useCaseOrg();
  const exporter = useExportCases();
  const unitNames = useMemo(() => new Map((org.data?.units ?? []).map((u) => [u.id, u.name])), [org.data]);
  const unitsText = (c: CaseSummaryDto) => c.responsibleUnitIds.map((id) => unitNames.get(id) ?? '…').join('、');

  const changeFilters = (next: CaseFilters) => {
    setCursors([]);
    onFiltersChange(next);
  };
  const onExport = () =>
    exporter.mutate(
      { filters, fileName: `信访事项-${today}.xlsx` },
      { onError: (error) => void message.error(`${t('cases.exportFailed')}：${errorMessage(error, t)}`) },
    );

  const columns: ColumnsType<CaseSummaryDto> = [
    {
      title: t('cases.col.id'),
      key: 'number',
      width: 150,
      render: (_: unknown, c) => {
        // A case from before numbers existed is known by its id, shortened if it is a long generated one.
        const n = caseNumberOf(c);
        return <Link to={`/cases/${encodeURIComponent(c.id)}`}>{n.length > 16 ? `${n.slice(0, 8)}…` : n}</Link>;
      },
    },
    {
      title: t('cases.col.registeredOn'),
      dataIndex: 'registeredOn',
      width: 130,
      render: (d: string) => formatDateZh(d),
    },
    { title: t('cases.col.category'), dataIndex: 'category', width: 120 },
    { title: t('cases.col.summary'), dataIndex: 'summary', ellipsis: true },
    { title: t('cases.col.units'), key: 'units', width: 160, render: (_: unknown, c) => unitsText(c) },
    {
      title: t('cases.col.status'),
      dataIndex: 'status',
      width: 90,
      render: (s: CaseSummaryDto['status']) => <StatusTag status={s} />,
    },
    {
      title: t('cases.col.level'),
      dataIndex: 'latestVisitLevel',
      width: 90,
      render: (l: CaseSummaryDto['latestVisitLevel']) => (l ? t(`level.${l}`) : '—'),
    },
    {
      title: t('cases.col.deadline'),
      key: 'deadline',
      width: 210,
      render: (_: unknown, c) => (
        <Space size={4} wrap>
          <span>{formatDateZh(c.resolutionDeadline)}</span>
          <DeadlineTag item={c} today={today} />
        </Space>
      ),
    },
  ];

  const items = list.data?.items ?? [];
  const pager = (
    <Flex justify="flex-end" align="center" gap={8}>
      <Button disabled={page === 1} onClick={() => setCursors((c) => c.slice(0, -1))}>
        {t('cases.prevPage')}
      </Button>
      <Typography.Text>
        {t('cases.page', { page })}
        {count.data !== undefined ? ` / ${Math.max(1, Math.ceil(count.data / PAGE_SIZE))}` : ''}
      </Typography.Text>
      <Button
        disabled={!list.data?.cursor}
        onClick={() => {
          const next = list.data?.cursor;
          if (next) setCursors((c) => [...c, next]);
        }}
      >
        {t('cases.nextPage')}
      </Button>
    </Flex>
  );

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('cases.listTitle')}
          <Typography.Text type="secondary" style={{ fontSize: 14, marginInlineStart: 12 }} data-testid="case-count">
            {count.data === undefined ? t('cases.counting') : t('cases.total', { count: count.data })}
          </Typography.Text>
        </Typography.Title>
        <Space wrap>
          <Button icon={<DownloadOutlined />} loading={exporter.isPending} onClick={onExport}>
            {exporter.isPending ? t('cases.exporting') : t('cases.export')}
          </Button>
          {canRegister ? (
            <Link to="/cases/new">
              <Button type="primary" icon={<PlusOutlined />}>
                {t('cases.newButton')}
              </Button>
            </Link>
          ) : null}
        </Space>
      </Flex>
      <CaseFiltersBar
        filters={filters}
        units={org.data?.units ?? []}
        showUnit={showUnitFilter}
        onChange={changeFilters}
      />
      {list.isError ? (
        <ErrorAlert title={t('cases.loadFailed')} error={list.error} onRetry={() => void list.refetch()} />
      ) : phone ? (
        <List
          loading={list.isPending}
          dataSource={items}
          locale={{ emptyText: <Empty description={t('cases.empty')} /> }}
          renderItem={(c) => (
            <Card
              size="small"
              style={{
                marginBottom: 8,
                borderColor: deadlineMark(c, today).mark === 'overdue' ? '#ff4d4f' : undefined,
              }}
              data-testid="case-row"
            >
              <Link to={`/cases/${encodeURIComponent(c.id)}`}>
                <Typography.Text strong>{c.category}</Typography.Text>
              </Link>
              {c.number && (
                <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                  {c.number}
                </Typography.Text>
              )}
              <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: '4px 0' }}>
                {c.summary}
              </Typography.Paragraph>
              <Space size={4} wrap>
                <StatusTag status={c.status} />
                <DeadlineTag item={c} today={today} />
                <Typography.Text type="secondary">{unitsText(c)}</Typography.Text>
              </Space>
            </Card>
          )}
        />
      ) : (
        <Table<CaseSummaryDto>
          rowKey="id"
          size="middle"
          loading={list.isPending || list.isPlaceholderData}
          columns={columns}
          dataSource={items}
          pagination={false}
          locale={{ emptyText: <Empty description={t('cases.empty')} /> }}
          onRow={(c) => ({
            'data-testid': 'case-row',
            style: deadlineMark(c, today).mark === 'overdue' ? { background: '#fff1f0' } : {},
          })}
          scroll={{ x: 1000 }}
        />
      )}
      {pager}
    </Flex>
  );
}
