import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PublicCaseView } from '../api/types';

type Request = NonNullable<PublicCaseView['reviewRequest']>;

/** After an unsatisfied rating: the petitioner's right to a review (复查) or re-review (复核), within 30 days. */
export function ReviewRequest({ request }: { request: Request }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="info"
      showIcon
      data-testid="track-review-request"
      title={t('track.reviewTitle', { kind: t(`track.reviewKinds.${request.kind}`) })}
      description={`${t(`track.reviewHow.${request.kind}`)} ${t('track.reviewBy', { by: request.by })}`}
    />
  );
}
