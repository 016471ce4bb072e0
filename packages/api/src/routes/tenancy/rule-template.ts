import { createRoute } from '@hono/zod-openapi';
import { validateRuleSet, type RuleSet } from '@xinfang/domain';
import { RuleTemplateRepository } from '@xinfang/store';
import type { Context } from 'hono';
import type { AppEnv } from '../../app-env';
import { requireRole } from '../../auth/middleware';
import { audit } from '../../http/audit';
import { forbidden, unprocessable } from '../../http/problem';
import { repo } from '../../http/repo';
import { problemResponses } from './problem-responses';
import { RuleTemplateSchema, SaveRuleTemplateSchema } from './schemas';
import { json, jsonContent } from '../../http/json-response';

export const getTemplateRoute = createRoute({
  method: 'get',
  path: '/rule-template',
  tags: ['tenancy'],
  summary: '本区的规则模板（新接入乡镇的初始规则；未保存时为默认规则）',
  security: [{ bearer: [] }],
  middleware: [requireRole('district_overseer', 'auditor')] as const,
  responses: {
    200: json(RuleTemplateSchema, 'The template'),
    ...problemResponses(401, 403),
  },
});

export const putTemplateRoute = createRoute({
  method: 'put',
  path: '/rule-template',
  tags: ['tenancy'],
  summary: '保存本区的规则模板（区信访局）；只影响此后接入的乡镇',
  security: [{ bearer: [] }],
  middleware: [requireRole('district_overseer')] as const,
  request: { body: { required: true, ...jsonContent(SaveRuleTemplateSchema) } },
  responses: {
    200: json(RuleTemplateSchema, 'Saved'),
    ...problemResponses(400, 401, 403, 422),
  },
});

export async function readTemplate(c: Context<AppEnv>) {
  const auth = c.get('auth');
  if (auth.tenantId) throw forbidden('乡镇用户不能查看区级模板');
  const templates = repo(c, RuleTemplateRepository);
  return { saved: await templates.hasTemplate(auth.districtId), ruleSet: await templates.templateFor(auth.districtId) };
}

/** A template that the rules editor would refuse to publish (overlaps, gaps, unreachable rows) is refused too. */
export async function saveTemplate(c: Context<AppEnv>, ruleSet: RuleSet) {
  const auth = c.get('auth');
  const issues = validateRuleSet(ruleSet);
  if (issues.length > 0)
    throw unprocessable(
      '规则模板有误',
      issues.map((i) => ({ path: ['body', 'ruleSet', ...i.path].join('.'), message: i.message })),
      'invalid_rule_set',
    );
  const now = c.get('deps').now().toISOString();
  await repo(c, RuleTemplateRepository).saveTemplate(auth.districtId, ruleSet, now);
  await audit(c, {
    action: 'tenancy.rule_template.save',
    targetType: 'rule_template',
    targetId: auth.districtId,
    details: { ruleSetId: ruleSet.id, rows: ruleSet.penaltyRows.length },
  });
  return { saved: true, ruleSet };
}
