import type { TFunction } from 'i18next';
import type { CaseReviewView } from '../api/types';

/** 国庆节前研判, or the configured event's own name. */
export const occasionLabel = (t: TFunction, review: Pick<CaseReviewView, 'occasion' | 'eventName'>) =>
  review.occasion === 'event'
    ? (review.eventName ?? t('routines.occasion.event'))
    : t(`routines.occasion.${review.occasion}`);
