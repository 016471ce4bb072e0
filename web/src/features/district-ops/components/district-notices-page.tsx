import type { DistrictVisits } from '@xinfang/api';
import { App, Button, Card, Empty, Flex, InputNumber, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDateZh } from '../../../lib/format';
import { useDistrictVisits } from '../api/district-visits';
import { useTownships } from '../api/townships';
import { NoticeDialog } from './notice-dialog';

type Visit = DistrictVisits['items'][number];

/** /district/notices: a township's visits at district level or above, each with what notified it and a 通报 action. */
export function DistrictNoticesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const townships = useTownships();
  // ?township=<id> opens one township (a link from elsewhere); otherwise the first of the district.
  const [params, setParams] = useSearchParams();
  const chosen = params.get('township') ?? undefined;
  const setChosen = (id: string) => setParams({ township: id }, { replace: true });
  const [year, setYear] = useState(() => new Date().getFullYear());
  const townshipId = chosen ?? townships.data?.[0]?.id;
  const visits = useDistrictVisits(townshipId, year);
  const [noticing, setNoticing] = useState<Visit>();

  const columns = [
    { title: t('districtOps.notices.caseNumber'), dataIndex: 'caseNumber', key: 'caseNumber' },
    { title: t('districtOps.notices.date'), key: 'on', render: (_: unknown, v: Visit) => formatDateZh(v.on) },
    { title: t('districtOps.notices.level'), dataIndex: 'levelLabel', key: 'level' },
    {
      title: t('districtOps.notices.form'),
      key: 'form',
      render: (_: unknown, v: Visit) => `${v.formLabel}·${v.headcount}人`,
    },
    { title: t('districtOps.notices.units'), key: 'units', render: (_: unknown, v: Visit) => v.units.join('、') },
    {
      title: t('districtOps.notices.noticed'),
      key: 'noticed',
      render: (_: unknown, v: Visit) =>
        v.noticedBy.length === 0 ? (
          <Tag>{t('districtOps.notices.notNoticed')}</Tag>
        ) : (
          <Tag color="red">
            {t('districtOps.notices.noticedBy', { levels: v.noticedBy.map((l) => t(`level.${l}`)).join('、') })}
          </Tag>
        ),
    },
    {
      title: '',
      key: 'action',
      render: (_: unknown, v: Visit) => (
        <Button size="small" disabled={!v.visitId} onClick={() => setNoticing(v)}>
          {t('districtOps.notices.issue')}
        </Button>
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('districtOps.notices.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('districtOps.notices.intro')}</Typography.Text>
      <Flex gap={12} wrap>
        <Select
          aria-label={t('districtOps.notices.township')}
          style={{ minWidth: 180 }}
          loading={townships.isPending}
          value={townshipId}
          onChange={setChosen}
          options={(townships.data ?? []).map((x) => ({ value: x.id, label: x.name }))}
        />
        <InputNumber
          aria-label={t('districtOps.notices.year')}
          min={2000}
          max={2099}
          value={year}
          onChange={(v) => v !== null && setYear(v)}
          suffix="年"
        />
      </Flex>
      {townships.error ? <ErrorAlert title={t('districtOps.notices.failed')} error={townships.error} /> : null}
      {visits.error ? <ErrorAlert title={t('districtOps.notices.failed')} error={visits.error} /> : null}
      <Card size="small" title={visits.data?.townshipName}>
        <Table<Visit>
          rowKey={(v) => `${v.caseId}:${v.visitId ?? v.on}`}
          size="small"
          loading={visits.isPending && townshipId !== undefined}
          columns={columns}
          dataSource={visits.data?.items ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Empty description={t('districtOps.notices.empty')} /> }}
        />
      </Card>
      {noticing && townshipId && visits.data ? (
        <NoticeDialog
          townshipId={townshipId}
          visit={noticing}
          reasons={visits.data.reasons}
          onClose={(done) => {
            setNoticing(undefined);
            if (done) void message.success(t('districtOps.notices.done', { number: noticing.caseNumber }));
          }}
        />
      ) : null}
    </Flex>
  );
}
