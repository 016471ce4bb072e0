export { createApp, type XinfangApp, type AppEnv } from './app';
export { createAppFromEnv, ApiEnvConfig } from './from-env';
export type { AppDeps } from './deps';
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
export type {
  RuleDiff,
  RuleDraftView,
  RuleValidation,
  RuleVersion,
  RuleVersionList,
  RuleWhatIfResult,
  RuleTestSuiteView,
  RuleTestResultView,
} from './routes/rules/rule-schemas';
export type { PenaltyRow, RuleSet, RuleTestCase, Sanction, VisitForm, VisitLevel } from '@xinfang/domain';
export type { CalendarOverrideView, CalendarYearView, HonourListView, HonourView } from './routes/settings/settings-schemas';
