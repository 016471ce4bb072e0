import { Button, Card, Descriptions, Drawer, Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDateZh } from '../../../lib/format';
import { todayInShanghai } from '../../../lib/today';
import { useReviews } from '../api/get-reviews';
import { useSaveReview } from '../api/save-review';
import type { CaseReviewView } from '../api/types';
import { occasionLabel } from './occasion-label';
import { ReviewForm } from './review-form';
import { RoutineChoices, useRoutineChoices } from './routine-choices';
import { RoutinePageHeader } from './routine-page-header';
import { useRoutineEditor } from './use-routine-editor';

type Item = CaseReviewView['items'][number];
const thisYear = () => Number(todayInShanghai().slice(0, 4));

/** `/reviews`: pre-event case reviews (重点案件研判) before 元旦, 春节, 国庆 and configured events. */
export function ReviewsPage({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const [year, setYear] = useState(thisYear());
  const reviews = useReviews(year);
  const choices = useRoutineChoices();
  const save = useSaveReview();
  const editor = useRoutineEditor<CaseReviewView>('review');
  const { open } = editor;

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

  return (
    <Flex vertical gap={16}>
      <RoutinePageHeader
        title={t('routines.review.pageTitle')}
        year={year}
        onYearChange={setYear}
        {...(canEdit
          ? { create: { label: t('routines.review.new'), testId: 'review-new', onClick: () => open('new') } }
          : {})}
      />
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('routines.review.intro')}
      </Typography.Paragraph>
      {body}
      <Drawer
        open={editor.isOpen}
        onClose={editor.close}
        title={editor.isNew ? t('routines.review.new') : t('routines.edit')}
        size="large"
        destroyOnHidden
        styles={{ wrapper: { maxWidth: '100vw' } }}
      >
        <RoutineChoices choices={choices}>
          {({ cases, cadres }) => (
            <ReviewForm
              cases={cases}
              cadres={cadres}
              {...(editor.record ? { review: editor.record } : {})}
              pending={save.isPending}
              onSubmit={editor.submitWith(save.mutateAsync)}
            />
          )}
        </RoutineChoices>
      </Drawer>
    </Flex>
  );
}
