import { createRoute } from '@hono/zod-openapi';
import { versionInForce } from '@xinfang/domain';
import { RulesRepository, TenancyRepository } from '@xinfang/store';
import { requireRole } from '../../auth/middleware';
import { todayInShanghai } from '../../http/dates';
import { badRequest, forbidden } from '../../http/problem';
import { problemResponse } from '../../http/problem-responses';
import { repo } from '../../http/repo';
import { createRouter } from '../../http/router';
import { rulesCost, type TownshipRules } from './rules-cost';
import { RulesCostRequestSchema, RulesCostSchema } from './rules-cost-schemas';
import { json, jsonContent } from '../../http/json-response';

const route = createRoute({
  method: 'post',
  path: '/rules/cost',
  tags: ['district', 'rules'],
  summary: '乡镇规则并列对比，及一组来访在各乡镇现行规则下的罚款（假设计算，不写入任何数据）',
  security: [{ bearer: [] }],
  middleware: [requireRole('district_overseer', 'auditor')] as const,
  request: { body: { required: true, ...jsonContent(RulesCostRequestSchema) } },
  responses: {
    200: json(RulesCostSchema, 'Per township: its table cell by cell, and the mix priced line by line'),
    400: problemResponse('请求无效（invalidParams 指出字段）'),
    401: problemResponse('未登录'),
    403: problemResponse('无权访问'),
  },
});

/** Mounted at /api/district. Reads the district's townships and their rule versions; evaluates only the mix given. */
export const rulesCostRoutes = createRouter().openapi(route, async (c) => {
  const auth = c.get('auth');
  if (auth.tenantId) throw forbidden('乡镇用户不能对比区内乡镇的规则');
  const body = c.req.valid('json');
  const on = body.on ?? todayInShanghai(c.get('deps').now());
  const district = await repo(c, TenancyRepository).listTownships(auth.districtId);
  const chosen = body.townshipIds.map((id, i) => {
    const township = district.find((t) => t.id === id);
    if (!township)
      throw badRequest('本区没有这个乡镇', [{ path: `body.townshipIds[${i}]`, message: '本区没有这个乡镇' }]);
    return township;
  });
  const rules = repo(c, RulesRepository);
  const townships: TownshipRules[] = await Promise.all(
    chosen.map(async (t) => {
      const inForce = versionInForce(await rules.ruleSets(t.id), on);
      return {
        townshipId: t.id,
        name: t.name,
        ...(inForce
          ? {
              version: { id: inForce.id, name: inForce.name, effectiveFrom: inForce.effectiveFrom, ruleSet: inForce },
            }
          : {}),
      };
    }),
  );
  return c.json(rulesCost(on, townships, body.visits, body.notified), 200);
});
