import { createRoute } from '@hono/zod-openapi';
import { OrgRepository, ScreeningRepository } from '@xinfang/store';
import { requireRole, townshipOf } from '../../auth/middleware';
import { audit } from '../../http/audit';
import { monthInShanghai } from '../../http/dates';
import { idempotent } from '../../http/idempotency';
import { badRequest, forbidden, unprocessable } from '../../http/problem';
import { repo } from '../../http/repo';
import { createRouter } from '../../http/router';
import { problemResponses } from '../tenancy/problem-responses';
import { LedgerSchema, MonthParam, SubmitLedgerSchema } from './schemas';
import { json, jsonContent } from '../../http/json-response';

const submit = createRoute({
  method: 'post',
  path: '/{month}',
  tags: ['screening'],
  summary: '提交本月排查台账（单位信息员提交本单位，乡镇管理员可代任一单位提交；重复提交即替换并升版本）',
  security: [{ bearer: [] }],
  middleware: [requireRole('unit_reporter', 'township_admin'), idempotent] as const,
  request: {
    params: MonthParam,
    body: { required: true, ...jsonContent(SubmitLedgerSchema) },
  },
  responses: {
    201: json(LedgerSchema, 'First filing for the unit and month'),
    200: json(LedgerSchema, 'Re-submission: replaced, version + 1'),
    ...problemResponses(400, 401, 403, 409, 422),
  },
});

export const submitRoutes = createRouter().openapi(submit, async (c) => {
  const auth = c.get('auth');
  const tenantId = townshipOf(auth);
  const { month } = c.req.valid('param');
  const { unitId, items, version } = c.req.valid('json');
  if (auth.role === 'unit_reporter' && auth.unitId !== unitId) throw forbidden('单位信息员只能提交本单位的台账');
  const now = c.get('deps').now();
  if (month > monthInShanghai(now))
    throw badRequest('不能提交未来月份的台账', [{ path: 'path.month', message: `不能晚于 ${monthInShanghai(now)}` }]);
  if (!(await repo(c, OrgRepository).get(tenantId, 'unit', unitId))) {
    throw unprocessable(
      `单位不存在：${unitId}`,
      [{ path: 'body.unitId', message: '本乡镇没有这个单位' }],
      'unknown_unit',
    );
  }
  const saved = await repo(c, ScreeningRepository).submit(tenantId, {
    month,
    unitId,
    items,
    submittedAt: now.toISOString(),
    submittedBy: auth.userId,
    ...(version !== undefined ? { expectedVersion: version } : {}),
  });
  await audit(c, {
    action: saved.version === 1 ? 'screening.submit' : 'screening.resubmit',
    targetType: 'screening',
    targetId: `${month}/${unitId}`,
    details: { month, unitId, items: items.length, version: saved.version },
  });
  return saved.version === 1 ? c.json(saved, 201) : c.json(saved, 200);
});
