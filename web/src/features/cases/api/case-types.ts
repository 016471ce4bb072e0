// The case routes' shapes, from the API's own zod schemas (`import type` only). The API validated every request
// and built every answer from these schemas, so an answer is read as its type at this one boundary.
import type {
  CaseActionInput,
  CaseAppendedDto,
  CaseCountDto,
  CaseDetailDto,
  CaseListDto,
  CaseListQueryInput,
  CaseOrgDto,
  CaseSummaryDto,
  IntakeSettingsDto,
  PetitionerDto,
  RegisterCaseInput,
  TimelineEntryDto,
} from '@xinfang/api';

export type {
  CaseActionInput,
  CaseAppendedDto,
  CaseCountDto,
  CaseDetailDto,
  CaseListDto,
  CaseListQueryInput,
  CaseOrgDto,
  CaseSummaryDto,
  IntakeSettingsDto,
  PetitionerDto,
  RegisterCaseInput,
  TimelineEntryDto,
};

export type CaseStatus = CaseSummaryDto['status'];
export type CaseType = CaseSummaryDto['caseType'];
export type VisitLevel = NonNullable<CaseSummaryDto['latestVisitLevel']>;
export type Channel = RegisterCaseInput['firstVisit']['channel'];
export type VisitForm = RegisterCaseInput['firstVisit']['form'];
export type Satisfaction = NonNullable<CaseSummaryDto['satisfaction']>;
export type CaseActionKind = CaseActionInput['kind'];

// The enums' values in the order forms offer them; `satisfies` keeps each list exactly the API's values.
export const CASE_STATUSES = [
  'intake',
  'routed',
  'assigned',
  'supervised',
  'closed',
  'feedback',
  'review',
  're_review',
] as const satisfies readonly CaseStatus[];
export const CASE_TYPES = ['appeal', 'suggestion', 'accusation'] as const satisfies readonly CaseType[];
export const VISIT_LEVELS = [
  'township',
  'district',
  'city',
  'province',
  'national',
] as const satisfies readonly VisitLevel[];
export const CHANNELS = ['visit', 'letter', 'phone', 'online'] as const satisfies readonly Channel[];
export const VISIT_FORMS = ['individual', 'collective'] as const satisfies readonly VisitForm[];
export const SATISFACTIONS = [
  'satisfied',
  'basically_satisfied',
  'unsatisfied',
] as const satisfies readonly Satisfaction[];
