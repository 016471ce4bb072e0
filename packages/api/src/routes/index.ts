import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env';
import { healthRoutes } from './health';
import { meRoutes } from './me';
import { caseRoutes } from './cases';
import { districtNoticeRoutes } from './notices';
import { districtTownshipRoutes, townshipRoutes } from './tenancy';
import { orgRoutes } from './org';
import { districtRulesRoutes, rulesRoutes } from './rules';
import { ledgerRoutes } from './ledger';
import { screeningRoutes } from './screening';
import { auditRoutes } from './audit';
import { reportRoutes } from './reports';
import { calendarRoutes, honourRoutes } from './settings';
import { districtComparisonRoutes } from './district';
import { routineRoutes } from './routines';
import { publicRoutes } from './public';
import { inboxRoutes } from './inbox';

/** Every route group of the API and where it is mounted under /api. One line per group. */
export function mountRoutes(api: OpenAPIHono<AppEnv>): void {
  api.route('/health', healthRoutes);
  api.route('/me', meRoutes);
  api.route('/district', districtTownshipRoutes);
  api.route('/township', townshipRoutes);
  api.route('/org', orgRoutes);
  api.route('/cases', caseRoutes);
  api.route('/district', districtNoticeRoutes);
  api.route('/rules', rulesRoutes);
  api.route('/district', districtRulesRoutes);
  api.route('/ledger', ledgerRoutes);
  api.route('/screening', screeningRoutes);
  api.route('/audit', auditRoutes);
  api.route('/reports', reportRoutes);
  api.route('/calendar', calendarRoutes);
  api.route('/township', honourRoutes);
  api.route('/district', districtComparisonRoutes);
  api.route('/routines', routineRoutes);
  api.route('/public', publicRoutes);
  api.route('/inbox', inboxRoutes);
}
