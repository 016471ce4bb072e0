import { Alert, Button, Card, Col, Descriptions, Empty, Flex, Row, Space, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '@xinfang/api';
import { formatDateTimeZh, formatDateZh, formatYuan } from '../../../lib/format';
import type { CaseActionKind, CaseDetailDto } from '../api/case-types';
import { allowedActions } from '../lib/case-actions';
import { caseNumberOf } from '../lib/case-number';
import { todayInShanghai } from '../../../lib/today';
import { CaseActionForm } from './case-action-form';
import { CaseDeadlines } from './case-deadlines';
import { DeadlineTag, StatusTag } from './case-tags';
import { PetitionerReveal } from './petitioner-reveal';

const PETITIONER_READERS: readonly Role[] = ['petition_officer', 'township_admin'];

/** One case: facts with names, deadlines, district notices, the timeline, and the actions its state allows. */
export function CaseDetailView({ detail, role }: { detail: CaseDetailDto; role: Role | undefined }) {
  const { t } = useTranslation();
  const [action, setAction] = useState<CaseActionKind>();
  const c = detail.case;
  const unit = (id: string) => detail.names.units[id] ?? '—';
  const caseUnits = [...new Set([c.originUnitId, ...c.responsibleUnitIds])].map((id) => ({ id, name: unit(id) }));
  const actions = allowedActions(detail, role);

  return (
    <Flex vertical gap={12} data-testid="case-detail">
      <Flex wrap gap={8} align="center">
        <Typography.Title level={3} style={{ margin: 0, wordBreak: 'break-all' }}>
          {c.category}
        </Typography.Title>
        <StatusTag status={c.status} />
        <DeadlineTag item={c} today={todayInShanghai()} />
      </Flex>
      <Typography.Paragraph style={{ margin: 0 }}>{c.summary}</Typography.Paragraph>
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={14}>
          <Flex vertical gap={12}>
            <Card size="small">
              <Descriptions
                size="small"
                column={{ xs: 1, sm: 2 }}
                items={[
                  {
                    key: 'id',
                    label: t('cases.col.id'),
                    children: (
                      <span style={{ wordBreak: 'break-all' }} data-testid="case-number">
                        {caseNumberOf(c)}
                      </span>
                    ),
                  },
                  { key: 'type', label: t('cases.detail.type'), children: t(`cases.caseType.${c.caseType}`) },
                  { key: 'origin', label: t('cases.detail.originUnit'), children: unit(c.originUnitId) },
                  {
                    key: 'units',
                    label: t('cases.detail.responsibleUnits'),
                    children: c.responsibleUnitIds.map(unit).join('、'),
                  },
                  {
                    key: 'leader',
                    label: t('cases.detail.caseLeader'),
                    children: detail.caseLeaders.join('、') || t('cases.detail.none'),
                  },
                  { key: 'reg', label: t('cases.detail.registeredOn'), children: formatDateZh(c.registeredOn) },
                  ...(c.firstRegisteredOn !== c.registeredOn
                    ? [
                        {
                          key: 'first',
                          label: t('cases.detail.firstRegisteredOn'),
                          children: formatDateZh(c.firstRegisteredOn),
                        },
                      ]
                    : []),
                  { key: 'visits', label: t('cases.detail.visits'), children: c.visitCount },
                  {
                    key: 'level',
                    label: t('cases.detail.latestLevel'),
                    children: c.latestVisitLevel ? t(`level.${c.latestVisitLevel}`) : '—',
                  },
                  { key: 'cost', label: t('cases.detail.retrievalCost'), children: formatYuan(c.retrievalCostFen) },
                  ...(c.satisfaction
                    ? [
                        {
                          key: 'sat',
                          label: t('cases.detail.satisfaction'),
                          children: t(`cases.satisfaction.${c.satisfaction}`),
                        },
                      ]
                    : []),
                ]}
              />
            </Card>
            <Card size="small" title={t('cases.detail.actions')}>
              {actions.length === 0 ? (
                <Typography.Text type="secondary">{t('cases.detail.noActions')}</Typography.Text>
              ) : (
                <Space wrap>
                  {actions.map((kind) => (
                    <Button
                      key={kind}
                      type={kind === 'accept' || kind === 'resolve' ? 'primary' : 'default'}
                      onClick={() => setAction(kind)}
                      data-testid={`action-${kind}`}
                    >
                      {t(`cases.action.${kind}` as 'cases.action.accept')}
                    </Button>
                  ))}
                </Space>
              )}
            </Card>
            <Card size="small" title={t('cases.detail.timeline')}>
              <Timeline
                data-testid="case-timeline"
                items={detail.timeline.map((e) => ({
                  key: e.seq,
                  color: e.kind === 'resolved' ? 'green' : e.kind === 'notice' ? 'red' : 'blue',
                  title: formatDateZh(e.on),
                  content: (
                    <div>
                      <Typography.Text strong>{e.label}</Typography.Text>
                      {e.note ? <div>{e.note}</div> : null}
                      <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                        {formatDateTimeZh(e.recordedAt)}
                      </Typography.Text>
                    </div>
                  ),
                }))}
              />
            </Card>
          </Flex>
        </Col>
        <Col xs={24} lg={10}>
          <Flex vertical gap={12}>
            <Card size="small" title={t('cases.detail.deadlines')}>
              {detail.deadline.acceptanceOverdue ? <Alert type="error" title={t('cases.tagOverdue')} /> : null}
              <CaseDeadlines rows={detail.deadlines} />
            </Card>
            <Card size="small" title={t('cases.detail.notices')} data-testid="case-notices">
              {detail.notices.length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cases.detail.noNotices')} />
              ) : (
                detail.notices.map((n) => (
                  <div key={`${n.on}-${n.visitOn}-${n.level}`}>
                    {t('cases.detail.noticeRow', {
                      on: formatDateZh(n.on),
                      level: t(`level.${n.level}`),
                      visitOn: formatDateZh(n.visitOn),
                      visit: n.visitLabel,
                    })}
                    {n.reasonLabel ? <Tag style={{ marginInlineStart: 8 }}>{n.reasonLabel}</Tag> : null}
                  </div>
                ))
              )}
            </Card>
            {role !== undefined && PETITIONER_READERS.includes(role) ? (
              <Card size="small" title={t('cases.detail.petitionerTitle')}>
                <PetitionerReveal caseId={c.id} />
              </Card>
            ) : null}
          </Flex>
        </Col>
      </Row>
      {action ? (
        <CaseActionForm
          caseId={c.id}
          kind={action}
          expectedSeq={c.lastSeq}
          units={caseUnits}
          onClose={() => setAction(undefined)}
        />
      ) : null}
    </Flex>
  );
}
