import { Button, Card, DatePicker, Descriptions, Drawer, Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDateZh } from '../../../lib/format';
import { todayInShanghai } from '../../../lib/today';
import { useCadres, useCaseOptions } from '../api/get-choices';
import { useReviews } from '../api/get-reviews';
import { useSaveReview } from '../api/save-review';
import type { CaseReviewView } from '../api/types';
import { occasionLabel } from './occasion-label';
import { ReviewForm } from './review-form';

type Item = CaseReviewView['items'][number];
const thisYear = () => Number(todayInShanghai().slice(0, 4));

/** `/reviews`: pre-event case reviews (重点案件研判) before 元旦, 春节, 国庆 and configured events. */
export function ReviewsPage({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const [year, setYear] = useState(thisYear());
  const reviews = useReviews(year);
  const cases = useCaseOptions();
  const cadres = useCadres();
  const save = useSaveReview();
  const [editing, setEditing] = useState<CaseReviewView | 'new'>();
  // One key per opened form: a double click or a retry after a lost answer records the review once.
  const [key, setKey] = useState('');
  const open = (what: CaseReviewView | 'new') => {
    setKey(`review-${crypto.randomUUID()}`);
    setEditing(what);
  };

  let body;
  if (reviews.isPending) body = <Skeleton active />;
  else if (reviews.isError)
    body = <ErrorAlert title={t('routines.loadFailed')} error={reviews.error} onRetry={() => void reviews.refetch()} />;
  else if (reviews.data.length === 0)
    body = (
      <Card>
        <Empty description={t('routines.review.none', { year })} />
      </Card>
    );
  else
    body = reviews.data.map((r) => (
      <Card
        key={r.id}
        data-testid="review-card"
        title={t('routines.review.cardTitle', { occasion: occasionLabel(t, r), date: formatDateZh(r.eventDate) })}
        styles={{ title: { whiteSpace: 'normal' } }}
        extra={
          canEdit && (
            <Button size="small" onClick={() => open(r)}>
              {t('routines.edit')}
            </Button>
          )
        }
      >
        <Typography.Paragraph type="secondary">
          {t('routines.review.meeting', { date: formatDateZh(r.meetingDate), count: r.items.length })}
        </Typography.Paragraph>
        <Flex vertical gap={12}>
          {r.items.map((i: Item) => (
            <div key={i.caseId} style={{ borderTop: '1px solid #f0f0f0', paddingTop: 8 }}>
              <Typography.Text strong>
                <Tag>{i.caseNumber ?? i.caseId}</Tag>
                {i.caseSummary}
              </Typography.Text>
              <Descriptions column={1} size="small" style={{ marginTop: 4 }}>
                <Descriptions.Item label={t('routines.review.decision')}>{i.decision}</Descriptions.Item>
                <Descriptions.Item label={t('routines.review.leader')}>{i.leaderName}</Descriptions.Item>
                {i.dueDate && (
                  <Descriptions.Item label={t('routines.review.dueDate')}>{formatDateZh(i.dueDate)}</Descriptions.Item>
                )}
              </Descriptions>
            </div>
          ))}
        </Flex>
      </Card>
    ));

  const choicesFailed = cases.isError ? cases.error : cadres.isError ? cadres.error : undefined;
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('routines.review.pageTitle')}
        </Typography.Title>
        <Flex gap={8}>
          <DatePicker
            picker="year"
            allowClear={false}
            value={dayjs(`${year}-01-01`)}
            onChange={(d) => d && setYear(d.year())}
          />
          {canEdit && (
            <Button type="primary" onClick={() => open('new')} data-testid="review-new">
              {t('routines.review.new')}
            </Button>
          )}
        </Flex>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('routines.review.intro')}
      </Typography.Paragraph>
      {body}
      <Drawer
        open={editing !== undefined}
        onClose={() => setEditing(undefined)}
        title={editing === 'new' ? t('routines.review.new') : t('routines.edit')}
        size="large"
        destroyOnHidden
        styles={{ wrapper: { maxWidth: '100vw' } }}
      >
        {choicesFailed ? (
          <ErrorAlert title={t('routines.loadFailed')} error={choicesFailed} />
        ) : !cases.data || !cadres.data ? (
          <Skeleton active />
        ) : (
          <ReviewForm
            cases={cases.data}
            cadres={cadres.data}
            {...(editing && editing !== 'new' ? { review: editing } : {})}
            pending={save.isPending}
            onSubmit={async (body) => {
              await save.mutateAsync({ ...(editing && editing !== 'new' ? { id: editing.id } : {}), body, key });
              setEditing(undefined);
            }}
          />
        )}
      </Drawer>
    </Flex>
  );
}
