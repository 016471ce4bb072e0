import { createRoute, z } from '@hono/zod-openapi';
import { AuditLog, districtScope, shanghaiMonth, StoredAuditEntry } from '@xinfang/store';
import { requireRole } from '../../auth/middleware';
import { YearMonth } from '../../http/dates';
import { badRequest } from '../../http/problem';
import { repo } from '../../http/repo';
import { createSecuredRouter } from '../../http/router';
import { problemResponses } from '../tenancy/problem-responses';
import { json } from '../../http/json-response';

const AuditQuery = z.object({
  month: YearMonth.optional(),
  targetType: z.string().min(1).max(50).optional(),
  targetId: z.string().min(1).max(200).optional(),
  cursor: z.string().min(1).max(2000).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});

const AuditEntrySchema = z.object(StoredAuditEntry.shape).openapi('AuditEntry');

const AuditPageSchema = z
  .object({ scope: z.string(), items: z.array(AuditEntrySchema), cursor: z.string().nullable() })
  .openapi('AuditPage');

const route = createRoute({
  method: 'get',
  path: '/',
  tags: ['audit'],
  summary:
    '审计日志：乡镇管理员和乡镇审计看本乡镇；区信访局和区级审计看本区（district:<id>）。按月份或按对象查询，新的在前',
  security: [{ bearer: [] }],
  middleware: [requireRole('township_admin', 'auditor', 'district_overseer')] as const,
  request: { query: AuditQuery },
  responses: {
    200: json(AuditPageSchema, 'One page of the log'),
    ...problemResponses(400, 401, 403),
  },
});

export const auditRoutes = createSecuredRouter().openapi(route, async (c) => {
  const auth = c.get('auth');
  // The scope comes from the token: a township's own log, or for district callers the district's own actions.
  const scope = auth.tenantId ?? districtScope(auth.districtId);
  const { month, targetType, targetId, cursor, limit } = c.req.valid('query');
  if ((targetType === undefined) !== (targetId === undefined)) {
    const missing = targetType === undefined ? 'targetType' : 'targetId';
    throw badRequest('targetType 与 targetId 需同时提供', [{ path: `query.${missing}`, message: '按对象查询时必填' }]);
  }
  const log = repo(c, AuditLog);
  const options = { limit: limit ?? 50, cursor: cursor ?? null };
  // The store refuses a cursor that is not a key of the very partition read (another township's log, month or target).
  const page = await (targetType !== undefined && targetId !== undefined
    ? log.listForTarget(scope, targetType, targetId, options)
    : log.listMonth(scope, month ?? shanghaiMonth(c.get('deps').now().toISOString()), options));
  const items = page.items.filter((e) => month === undefined || e.at.startsWith(month));
  return c.json({ scope, items, cursor: page.cursor ?? null }, 200);
});
