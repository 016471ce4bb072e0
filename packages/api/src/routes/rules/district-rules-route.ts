import { createRoute, z } from '@hono/zod-openapi';
import { versionInForce } from '@xinfang/domain';
import { RulesRepository, TenancyRepository } from '@xinfang/store';
import { requireRole } from '../../auth/middleware';
import { todayInShanghai } from '../../http/dates';
import { notFound } from '../../http/problem';
import { repo } from '../../http/repo';
import { createSecuredRouter } from '../../http/router';
import { problems } from './rule-access';
import { RuleVersionSchema } from './rule-schemas';
import { versionHeader } from './version-routes';
import { json } from '../../http/json-response';

const route = createRoute({
  method: 'get',
  path: '/townships/{townshipId}/rules',
  tags: ['rules', 'district'],
  summary: '区信访局查看本区某乡镇的规则版本（用于规则对比）',
  security: [{ bearer: [] }],
  middleware: [requireRole('district_overseer', 'auditor')],
  request: { params: z.object({ townshipId: z.string().min(1).max(100) }) },
  responses: {
    200: json(
      z
        .object({ townshipId: z.string(), inForceId: z.string().optional(), items: z.array(RuleVersionSchema) })
        .openapi('TownshipRuleVersions'),
      'Every version of the township, oldest first, with the one in force today',
    ),
    ...problems(401, 403, 404),
  },
});

/** Mounted at /api/district. A township of another district answers 404, as if it did not exist. */
export const districtRulesRoutes = createSecuredRouter().openapi(route, async (c) => {
  const auth = c.get('auth');
  const { townshipId } = c.req.valid('param');
  // A township-scoped auditor is not a district reader.
  if (auth.tenantId) throw notFound('没有这个乡镇');
  if (!(await repo(c, TenancyRepository).townshipInDistrict(townshipId, auth.districtId)))
    throw notFound('没有这个乡镇');
  const versions = await repo(c, RulesRepository).listVersions(townshipId);
  const inForce = versionInForce(
    versions.map((v) => v.ruleSet),
    todayInShanghai(c.get('deps').now()),
  );
  return c.json(
    {
      townshipId,
      ...(inForce ? { inForceId: inForce.id } : {}),
      items: versions.map((v) => ({ ...versionHeader(v), ruleSet: v.ruleSet })),
    },
    200,
  );
});
