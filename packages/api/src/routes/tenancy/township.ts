import { createRoute } from '@hono/zod-openapi';
import { TenancyRepository } from '@xinfang/store';
import { requireRole, TOWNSHIP_READERS, townshipOf } from '../../auth/middleware';
import { notFound } from '../../http/problem';
import { repo } from '../../http/repo';
import { createSecuredRouter } from '../../http/router';
import { problemResponses } from './problem-responses';
import { TownshipRecordSchema } from './schemas';
import { json } from '../../http/json-response';

const profile = createRoute({
  method: 'get',
  path: '/',
  tags: ['tenancy'],
  summary: '本乡镇的基本信息',
  security: [{ bearer: [] }],
  middleware: [requireRole(...TOWNSHIP_READERS)] as const,
  responses: {
    200: json(TownshipRecordSchema, "The caller's township"),
    ...problemResponses(401, 403, 404),
  },
});

export const townshipRoutes = createSecuredRouter().openapi(profile, async (c) => {
  const township = await repo(c, TenancyRepository).getTownship(townshipOf(c.get('auth')));
  if (!township) throw notFound('本乡镇尚未接入');
  return c.json(township, 200);
});
