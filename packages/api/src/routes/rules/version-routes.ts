import { createRoute, z } from '@hono/zod-openapi';
import { versionInForce } from '@xinfang/domain';
import type { PublishedRuleVersion } from '@xinfang/store';
import { requireRole } from '../../auth/middleware';
import { todayInShanghai } from '../../http/dates';
import { notFound } from '../../http/problem';
import { diffRuleSets } from './rule-diff';
import { problems, RULE_READERS, rules, tenantOf } from './rule-access';
import { IdParam, RuleDiffSchema, RuleVersionListSchema, RuleVersionSchema } from './rule-schemas';
import { createRouter } from '../../http/router';
import { json } from '../../http/json-response';

export const versionHeader = (v: PublishedRuleVersion) => ({
  versionId: v.versionId,
  effectiveFrom: v.effectiveFrom,
  name: v.ruleSet.name,
  publishedAt: v.publishedAt,
  publishedBy: v.publishedBy,
  ...(v.fromDraftId ? { fromDraftId: v.fromDraftId } : {}),
});

export const listVersionsRoute = createRoute({
  method: 'get',
  path: '/versions',
  tags: ['rules'],
  summary: '规则版本历史（按生效日期）',
  security: [{ bearer: [] }],
  middleware: [requireRole(...RULE_READERS)],
  responses: {
    200: json(RuleVersionListSchema, 'Versions, oldest first'),
    ...problems(401, 403),
  },
});

const getVersionRoute = createRoute({
  method: 'get',
  path: '/versions/{id}',
  tags: ['rules'],
  summary: '一个已发布的规则版本',
  security: [{ bearer: [] }],
  middleware: [requireRole(...RULE_READERS)],
  request: { params: IdParam },
  responses: {
    200: json(RuleVersionSchema, 'The version'),
    ...problems(401, 403, 404),
  },
});

const diffRoute = createRoute({
  method: 'get',
  path: '/diff',
  tags: ['rules'],
  summary: '两个规则版本的逐行差异',
  security: [{ bearer: [] }],
  middleware: [requireRole(...RULE_READERS)],
  request: { query: z.object({ from: z.string().min(1), to: z.string().min(1) }) },
  responses: {
    200: json(RuleDiffSchema, 'Rows added, removed and changed'),
    ...problems(400, 401, 403, 404),
  },
});

export const versionRoutes = createRouter()
  .openapi(listVersionsRoute, async (c) => {
    const versions = await rules(c).listVersions(tenantOf(c));
    const inForce = versionInForce(
      versions.map((v) => v.ruleSet),
      todayInShanghai(c.get('deps').now()),
    );
    return c.json({ items: versions.map(versionHeader), ...(inForce ? { inForceId: inForce.id } : {}) }, 200);
  })
  .openapi(getVersionRoute, async (c) => {
    const version = await rules(c).getVersion(tenantOf(c), c.req.valid('param').id);
    if (!version) throw notFound('没有这个规则版本');
    return c.json({ ...versionHeader(version), ruleSet: version.ruleSet }, 200);
  })
  .openapi(diffRoute, async (c) => {
    const { from, to } = c.req.valid('query');
    const versions = await rules(c).listVersions(tenantOf(c));
    const a = versions.find((v) => v.versionId === from);
    const b = versions.find((v) => v.versionId === to);
    if (!a || !b) throw notFound(`没有规则版本${!a ? from : to}`);
    return c.json({ from, to, ...diffRuleSets(a.ruleSet, b.ruleSet) }, 200);
  });
