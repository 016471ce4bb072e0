import { createRoute } from '@hono/zod-openapi';
import { createCalendar } from '@xinfang/domain';
import { loadCalendarOverrides, OrgRepository, ScreeningRepository } from '@xinfang/store';
import { requireRole, TOWNSHIP_READERS, townshipOf } from '../../auth/middleware';
import type { AuthContext } from '../../auth/auth-context';
import { dayOfMonth, todayInShanghai } from '../../http/dates';
import { repo } from '../../http/repo';
import { createRouter } from '../../http/router';
import { problemResponses } from '../tenancy/problem-responses';
import { LedgerListSchema, MissingSchema, MonthParam } from './schemas';
import { json } from '../../http/json-response';

const DUE_DAY = 25;

const list = createRoute({
  method: 'get',
  path: '/{month}',
  tags: ['screening'],
  summary: '本月已提交的排查台账（单位信息员只看本单位）',
  security: [{ bearer: [] }],
  middleware: [requireRole(...TOWNSHIP_READERS)] as const,
  request: { params: MonthParam },
  responses: { 200: json(LedgerListSchema, 'Filed ledgers'), ...problemResponses(400, 401, 403) },
});

const missing = createRoute({
  method: 'get',
  path: '/{month}/missing',
  tags: ['screening'],
  summary: '本月尚未提交排查台账的单位，以及是否已过每月25日的截止日',
  security: [{ bearer: [] }],
  middleware: [requireRole(...TOWNSHIP_READERS)] as const,
  request: { params: MonthParam },
  responses: { 200: json(MissingSchema, 'Units yet to file'), ...problemResponses(400, 401, 403) },
});

/** A unit reporter sees its own unit only; everyone else in the township sees every unit. */
const visible = (auth: AuthContext) => (unitId: string) => auth.role !== 'unit_reporter' || auth.unitId === unitId;

export const readRoutes = createRouter()
  .openapi(list, async (c) => {
    const auth = c.get('auth');
    const { month } = c.req.valid('param');
    const ledgers = await repo(c, ScreeningRepository).listMonth(townshipOf(auth), month);
    return c.json({ month, items: ledgers.filter((l) => visible(auth)(l.unitId)) }, 200);
  })
  .openapi(missing, async (c) => {
    const auth = c.get('auth');
    const tenantId = townshipOf(auth);
    const { month } = c.req.valid('param');
    const [units, ledgers, overrides] = await Promise.all([
      repo(c, OrgRepository).list(tenantId, 'unit'),
      repo(c, ScreeningRepository).listMonth(tenantId, month),
      loadCalendarOverrides(c.get('deps').store, tenantId),
    ]);
    const filed = new Set(ledgers.map((l) => l.unitId));
    const mine = units.filter((u) => visible(auth)(u.id));
    // The source says 每月25日前: the due date stays the 25th even on a rest day; the answer says so instead of moving it.
    const dueDate = dayOfMonth(month, DUE_DAY);
    const day = createCalendar({ overrides }).dayInfo(dueDate);
    const today = todayInShanghai(c.get('deps').now());
    return c.json(
      {
        month,
        dueDate,
        dueIsWorkingDay: day.working,
        ...(day.working ? {} : { dueNote: `${dueDate}是${day.name ?? '休息日'}，截止日仍为该日，请提前提交` }),
        today,
        duePassed: today > dueDate,
        unitCount: mine.length,
        submittedCount: mine.filter((u) => filed.has(u.id)).length,
        missing: mine.filter((u) => !filed.has(u.id)).map((u) => ({ unitId: u.id, name: u.name, kind: u.kind })),
      },
      200,
    );
  });
