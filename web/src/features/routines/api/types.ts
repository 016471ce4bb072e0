// Types are the API's own (`import type` only).
import type {
  CaseReviewRequest,
  CaseReviewView,
  OrgView,
  ReceptionDayRequest,
  ReceptionDayView,
  RoutineCaseOption,
} from '@xinfang/api';

export type { CaseReviewRequest, CaseReviewView, ReceptionDayRequest, ReceptionDayView };
export type ReviewOccasion = CaseReviewView['occasion'];
export const OCCASIONS = [
  'new_year',
  'spring_festival',
  'national_day',
  'event',
] as const satisfies readonly ReviewOccasion[];

/** A leading cadre who may answer for a case (from the org's people). */
export type Cadre = Pick<OrgView['people'][number], 'id' | 'name' | 'title'>;

/** A case to pick: its number, summary and state (never the petitioner). */
export type CaseOption = RoutineCaseOption;
