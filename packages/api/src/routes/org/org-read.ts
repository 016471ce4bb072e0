import { createRoute } from '@hono/zod-openapi';
import { createOrgIndex } from '@xinfang/domain';
import { OrgRepository } from '@xinfang/store';
import { requireRole, TOWNSHIP_READERS, townshipOf } from '../../auth/middleware';
import { todayInShanghai } from '../../http/dates';
import { notFound } from '../../http/problem';
import { repo } from '../../http/repo';
import { createRouter } from '../../http/router';
import { problemResponses } from '../tenancy/problem-responses';
import { OrgSchema, ResponsibleQuery, ResponsibleSchema } from './schemas';
import { json } from '../../http/json-response';

const whole = createRoute({
  method: 'get',
  path: '/',
  tags: ['org'],
  summary: '本乡镇的完整组织（单位、人员、任职），即责任计算所用的组织',
  security: [{ bearer: [] }],
  middleware: [requireRole(...TOWNSHIP_READERS)] as const,
  responses: { 200: json(OrgSchema, 'The org chart with versions'), ...problemResponses(401, 403, 404) },
});

const responsible = createRoute({
  method: 'get',
  path: '/responsible',
  tags: ['org'],
  summary: '某日某单位的责任人：主要责任人和负有领导责任的科级干部',
  security: [{ bearer: [] }],
  middleware: [requireRole(...TOWNSHIP_READERS)] as const,
  request: { query: ResponsibleQuery },
  responses: { 200: json(ResponsibleSchema, 'Who was responsible'), ...problemResponses(400, 401, 403, 404) },
});

export const orgReadRoutes = createRouter()
  .openapi(whole, async (c) => {
    const org = await repo(c, OrgRepository).loadVersionedOrg(townshipOf(c.get('auth')));
    return c.json(org, 200);
  })
  .openapi(responsible, async (c) => {
    const { unitId, date = todayInShanghai(c.get('deps').now()) } = c.req.valid('query');
    const org = await repo(c, OrgRepository).loadOrg(townshipOf(c.get('auth')));
    const parties = createOrgIndex(org).responsibleFor(unitId, date);
    if (!parties) throw notFound(`单位不存在：${unitId}`);
    return c.json({ date, ...parties }, 200);
  });
