import { createRoute } from '@hono/zod-openapi';
import { RuleTestsRepository } from '@xinfang/store';
import { requireRole } from '../../auth/middleware';
import { audit } from '../../http/audit';
import { repo } from '../../http/repo';
import { problems, RULE_READERS, RULE_WRITERS, tenantOf } from './rule-access';
import { testSuiteOf } from './rule-checks';
import { RuleTestSuiteSchema, SaveRuleTestsSchema } from './rule-schemas';
import { json, jsonContent } from '../../http/json-response';
import { createRouter } from '../../http/router';

const getTestsRoute = createRoute({
  method: 'get',
  path: '/tests',
  tags: ['rules'],
  summary: '规则测试用例（未保存过时为默认规则附带的用例）',
  security: [{ bearer: [] }],
  middleware: [requireRole(...RULE_READERS)],
  responses: { 200: json(RuleTestSuiteSchema, 'The test cases'), ...problems(401, 403) },
});

const saveTestsRoute = createRoute({
  method: 'put',
  path: '/tests',
  tags: ['rules'],
  summary: '保存规则测试用例（整组替换；带 version，乐观并发，首次保存为 0）',
  description: '校验与发布规则草稿时运行全部用例；有用例未通过的草稿不能发布。',
  security: [{ bearer: [] }],
  middleware: [requireRole(...RULE_WRITERS)],
  request: { body: { required: true, ...jsonContent(SaveRuleTestsSchema) } },
  responses: {
    200: json(RuleTestSuiteSchema, 'The saved test cases'),
    ...problems(400, 401, 403, 409),
  },
});

export const testCaseRoutes = createRouter()
  .openapi(getTestsRoute, async (c) => c.json(await testSuiteOf(c), 200))
  .openapi(saveTestsRoute, async (c) => {
    const { version, cases } = c.req.valid('json');
    const saved = await repo(c, RuleTestsRepository).save(
      tenantOf(c),
      version,
      cases,
      c.get('auth').userId,
      c.get('deps').now().toISOString(),
    );
    await audit(c, {
      action: 'rules.tests.save',
      targetType: 'rule_tests',
      targetId: tenantOf(c),
      details: { version: saved.version, count: cases.length },
    });
    return c.json({ version: saved.version, isDefault: false, cases: saved.cases }, 200);
  });
