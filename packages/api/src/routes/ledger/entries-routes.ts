import { createRoute, z } from '@hono/zod-openapi';
import { requireRole } from '../../auth/middleware';
import { LEDGER_READERS, ledgerRepo, loadLedger, problems, scopeFilter, tenantOf } from './ledger-access';
import {
  LedgerPeriodsSchema,
  LedgerQuery,
  LedgerRowSchema,
  Period,
  PersonBalanceSchema,
  UnitBalanceSchema,
} from './ledger-schemas';
import { byPerson, byUnit, ledgerRows } from './ledger-views';
import { createRouter } from '../../http/router';
import { json } from '../../http/json-response';

/** The three reads share query, roles and errors; only the path and the item schema differ. */
const readRoute = <T extends z.ZodType>(path: string, summary: string, name: string, item: T) =>
  createRoute({
    method: 'get',
    path,
    tags: ['ledger'],
    summary,
    security: [{ bearer: [] }],
    middleware: [requireRole(...LEDGER_READERS)],
    request: { query: LedgerQuery },
    responses: {
      200: json(z.object({ period: Period, items: z.array(item) }).openapi(name), summary),
      ...problems(400, 401, 403, 404),
    },
  });

const listRoute = readRoute('/', '台账条目（含冲销）；单位信息员只见本单位', 'LedgerRows', LedgerRowSchema);
const byPersonRoute = readRoute('/by-person', '按人汇总（分）', 'LedgerByPerson', PersonBalanceSchema);
const byUnitRoute = readRoute('/by-unit', '按单位汇总（分）', 'LedgerByUnit', UnitBalanceSchema);

const periodsRoute = createRoute({
  method: 'get',
  path: '/periods',
  tags: ['ledger'],
  summary: '已计算台账的期间',
  security: [{ bearer: [] }],
  middleware: [requireRole(...LEDGER_READERS)],
  responses: {
    200: json(LedgerPeriodsSchema, 'Evaluated periods'),
    ...problems(401, 403),
  },
});

export const entryRoutes = createRouter()
  .openapi(periodsRoute, async (c) => {
    const periods = await ledgerRepo(c).listPeriods(tenantOf(c));
    return c.json(
      {
        items: periods.map(({ periodKey, from, to, evaluatedAt, noticeDate, evaluatedBy, status, issuedAt }) => ({
          periodKey,
          from,
          to,
          evaluatedAt,
          noticeDate,
          evaluatedBy,
          status,
          ...(issuedAt ? { issuedAt } : {}),
        })),
      },
      200,
    );
  })
  .openapi(listRoute, async (c) => {
    const { period, ...filter } = c.req.valid('query');
    const scoped = scopeFilter(c, filter);
    const ledger = await loadLedger(c, period);
    const { periodKey, from, to, evaluatedAt } = ledger.summary;
    return c.json({ period: { periodKey, from, to, evaluatedAt }, items: ledgerRows(ledger, scoped) }, 200);
  })
  .openapi(byPersonRoute, async (c) => {
    const { period, ...filter } = c.req.valid('query');
    const scoped = scopeFilter(c, filter);
    const ledger = await loadLedger(c, period);
    const { periodKey, from, to, evaluatedAt } = ledger.summary;
    return c.json(
      { period: { periodKey, from, to, evaluatedAt }, items: byPerson(ledger, ledgerRows(ledger, scoped)) },
      200,
    );
  })
  .openapi(byUnitRoute, async (c) => {
    const { period, ...filter } = c.req.valid('query');
    const scoped = scopeFilter(c, filter);
    const ledger = await loadLedger(c, period);
    const { periodKey, from, to, evaluatedAt } = ledger.summary;
    return c.json(
      { period: { periodKey, from, to, evaluatedAt }, items: byUnit(ledger, ledgerRows(ledger, scoped)) },
      200,
    );
  });
