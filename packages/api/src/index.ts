export { createApp, type XinfangApp, type AppEnv } from './app';
export { createAppFromEnv, ApiEnvConfig } from './from-env';
export type { AppDeps, RequestRecord } from './deps';
export { createTokenVerifier, type TokenVerifier } from './auth/verifier';
export { createLocalIssuer, type DemoUser, type LocalIssuer } from './auth/local-issuer';
export { Role, ROLE_LABELS, type AuthContext } from './auth/auth-context';
export { ProblemError, type Problem } from './http/problem';
export type { Health } from './routes/health';
export type {
  AnnualReport,
  MonthlyReport,
  PenaltyLine,
  VisitFigures,
  VisitRow,
  WeeklyReport,
} from './routes/reports/report-schemas';
export type { ReportPeriod, Rate, Change, TownshipKpis } from './routes/reports/kpi-schemas';
export type { Comparison, TownshipFigures } from './routes/district/comparison-schemas';
export type { RulesCost, RulesCostRequest, RuleCell, MixLine } from './routes/district/rules-cost-schemas';
export type {
  CaseSummaryDto,
  CaseListDto,
  CaseCountDto,
  CaseDetailDto,
  TimelineEntryDto,
  DeadlineRowDto,
  RegisterCaseInput,
  CaseActionInput,
  CaseAppendedDto,
  IntakeSettingsDto,
  PetitionerDto,
  CaseListQueryInput,
  CaseOrgDto,
} from './routes/cases/dto';
export type { AssignmentInput, OrgView, ResponsibleParties, VersionedAssignment } from './routes/org/schemas';
export type { OrgImportPreview, OrgImportResult } from './routes/org/import-schemas';
export type {
  ScreeningLedgerList,
  ScreeningLedgerView,
  ScreeningMissing,
  ScreeningSubmission,
} from './routes/screening/schemas';
export type {
  CaseReviewRequest,
  CaseReviewView,
  ReceptionDayRequest,
  ReceptionDayView,
  RoutineCaseOption,
} from './routes/routines/schemas';
export type { RateLimitOptions } from './http/rate-limit-options';
export type { PublicCaseView } from './routes/public/schemas';
export { QUERY_CODE_ALPHABET } from './query-code/query-code';
export type { QueryCodeIssued, RegisteredCase } from './routes/cases/schemas';
export * from './jobs';
export type { InboxMessageView, InboxPage, InboxUnreadCount } from './routes/inbox/inbox-schemas';
export type {
  RuleDiff,
  RuleDraftView,
  RuleValidation,
  RuleVersion,
  RuleVersionList,
  RuleWhatIfResult,
  RuleTestSuiteView,
  RuleTestResultView,
  RetroactiveChange,
} from './routes/rules/rule-schemas';
export type { PenaltyRow, RuleSet, RuleTestCase, Sanction, VisitForm, VisitLevel } from '@xinfang/domain';
export type {
  CalendarOverrideView,
  CalendarYearView,
  HonourListView,
  HonourView,
} from './routes/settings/settings-schemas';
export type {
  LedgerConfirmResult,
  LedgerCorrectionProposal,
  LedgerCorrectionList,
  LedgerEvaluateInput,
  LedgerEvaluationSummary,
  LedgerIssueResult,
  LedgerPaymentInput,
  LedgerPeriodList,
  LedgerPersonBalance,
  LedgerReverseInput,
  LedgerRowView,
  LedgerUnitBalance,
  OverdueNoticeView,
  PenaltyNoticeView,
} from './routes/ledger/ledger-schemas';
export type { DistrictAnnualReport } from './routes/district/annual-report-schemas';
export type { DistrictVisits } from './routes/notices/district-visits';
export type { NoticeInput } from './routes/notices';
export type { DistrictRuleTemplate, NewTownshipInput, OnboardedTownship } from './routes/tenancy/schemas';
