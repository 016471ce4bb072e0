import type { z } from '@hono/zod-openapi';
import { CaseRepository, type CaseListFilter } from '@xinfang/store';
import type { Context } from 'hono';
import type { AppEnv } from '../../app-env';
import { townshipOf } from '../../auth/middleware';
import { todayInShanghai } from '../../http/dates';
import { forbidden } from '../../http/problem';
import { repo } from '../../http/repo';
import type { CaseFilterQuerySchema } from './schemas';

/** 积案: a case still unresolved a whole year after its first registration (the KPI's default minimum age). */
const BACKLOG_YEARS = 1;

/** The ISO date `years` whole years before `date` (29 February falls back to the 28th). */
function yearsBefore(date: string, years: number): string {
  const y = Number(date.slice(0, 4)) - years;
  const md = date.slice(5) === '02-29' ? '02-28' : date.slice(5);
  return `${String(y).padStart(4, '0')}-${md}`;
}

/**
 * The store filter of a list, count or export request: the tenant from the token, a unit reporter held to their
 * own unit (403 when they name another), "due within N working days" counted on the township's calendar.
 */
export async function caseListFilter(
  c: Context<AppEnv>,
  q: z.infer<typeof CaseFilterQuerySchema>,
): Promise<{ tenantId: string; today: string; filter: CaseListFilter }> {
  const auth = c.get('auth');
  const tenantId = townshipOf(auth);
  if (auth.role === 'unit_reporter' && q.unitId !== undefined && q.unitId !== auth.unitId)
    throw forbidden('只能查看本单位的信访事项');
  const unitId = auth.role === 'unit_reporter' ? auth.unitId : q.unitId;
  const today = todayInShanghai(c.get('deps').now());
  const dueBy =
    q.dueWithin === undefined
      ? undefined
      : (await repo(c, CaseRepository).foldSettings(tenantId)).calendar.addWorkingDays(today, q.dueWithin);
  const filter: CaseListFilter = {
    ...(unitId ? { unitId } : {}),
    ...(q.status ? { status: q.status } : {}),
    ...(q.caseType ? { caseType: q.caseType } : {}),
    ...(q.level ? { latestVisitLevel: q.level } : {}),
    ...(q.overdue !== undefined || dueBy !== undefined ? { today } : {}),
    ...(q.overdue !== undefined ? { overdue: q.overdue } : {}),
    ...(dueBy !== undefined ? { dueBy } : {}),
    ...(q.backlog ? { firstRegisteredBy: yearsBefore(today, BACKLOG_YEARS) } : {}),
    ...(q.noticed !== undefined ? { noticed: q.noticed } : {}),
    ...(q.registeredFrom ? { registeredFrom: q.registeredFrom } : {}),
    ...(q.registeredTo ? { registeredTo: q.registeredTo } : {}),
    ...(q.q ? { text: q.q } : {}),
  };
  return { tenantId, today, filter };
}
