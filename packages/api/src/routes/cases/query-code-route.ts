import { createRoute } from '@hono/zod-openapi';
import { CaseRepository } from '@xinfang/store';
import { requireRole, townshipOf } from '../../auth/middleware';
import { audit } from '../../http/audit';
import { notFound } from '../../http/problem';
import { repo } from '../../http/repo';
import { issueQueryCode } from '../../query-code/issue-query-code';
import { problems } from './problem-responses';
import { CaseIdParamSchema, QueryCodeIssuedSchema } from './schemas';
import { createRouter } from '../../http/router';
import { json } from '../../http/json-response';

const route = createRoute({
  method: 'post',
  path: '/{id}/query-code',
  tags: ['cases'],
  summary: '作废查询码并重新生成（新码仅此一次显示）',
  description: '信访人遗失查询码或查询码外泄时使用：旧查询码立即失效，查询结果与从未存在的查询码相同。',
  security: [{ bearer: [] }],
  middleware: [requireRole('petition_officer', 'township_admin')] as const,
  request: { params: CaseIdParamSchema },
  responses: {
    201: json(QueryCodeIssuedSchema, 'A new code; the old one no longer finds the case'),
    ...problems(401, 403, 404),
  },
});

export const queryCodeRoutes = createRouter().openapi(route, async (c) => {
  const tenantId = townshipOf(c.get('auth'));
  const { id } = c.req.valid('param');
  if (!(await repo(c, CaseRepository).summary(tenantId, id))) throw notFound('信访事项不存在');
  const issued = await issueQueryCode(c, tenantId, id);
  await audit(c, { action: 'case.query_code.reissue', targetType: 'case', targetId: id });
  return c.json(issued, 201);
});
