import { createRoute } from '@hono/zod-openapi';
import { defaultRuleSet } from '@xinfang/domain';
import { RulesRepository } from '@xinfang/store';
import { requireRole, TOWNSHIP_READERS, townshipOf } from '../../auth/middleware';
import { todayInShanghai } from '../../http/dates';
import { repo } from '../../http/repo';
import { problems } from './problem-responses';
import { IntakeSettingsQuerySchema, IntakeSettingsSchema } from './schemas';
import { createRouter } from '../../http/router';
import { json } from '../../http/json-response';

const route = createRoute({
  method: 'get',
  path: '/intake-settings',
  tags: ['cases'],
  summary: '登记时所用的设置：某日生效的规则版本中的集体访人数标准',
  security: [{ bearer: [] }],
  middleware: [requireRole(...TOWNSHIP_READERS)] as const,
  request: { query: IntakeSettingsQuerySchema },
  responses: {
    200: json(IntakeSettingsSchema, 'In force on the date'),
    ...problems(400, 401, 403),
  },
});

export const intakeRoutes = createRouter().openapi(route, async (c) => {
  const on = c.req.valid('query').on ?? todayInShanghai(c.get('deps').now());
  const versions = await repo(c, RulesRepository).ruleSets(townshipOf(c.get('auth')));
  // The version in force: the latest effective on or before the date; the national default before any.
  const inForce =
    versions
      .filter((v) => v.effectiveFrom <= on)
      .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))
      .at(-1) ?? defaultRuleSet();
  return c.json({ on, collectiveThreshold: inForce.collectiveThreshold, ruleVersionName: inForce.name }, 200);
});
