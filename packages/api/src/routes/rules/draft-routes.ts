import { randomUUID } from 'node:crypto';
import { createRoute, z } from '@hono/zod-openapi';
import { defaultRuleSet, type RuleSet } from '@xinfang/domain';
import { requireRole } from '../../auth/middleware';
import { audit } from '../../http/audit';
import { idempotent } from '../../http/idempotency';
import { unprocessable } from '../../http/problem';
import { checkRuleSet } from './rule-checks';
import { draftOr404, problems, RULE_READERS, RULE_WRITERS, rules, tenantOf } from './rule-access';
import {
  CreateDraftSchema,
  IdParam,
  RuleDraftSchema,
  UpdateDraftSchema,
  ValidateRuleSetSchema,
  ValidationResultSchema,
} from './rule-schemas';
import { json, jsonContent } from '../../http/json-response';
import { createRouter } from '../../http/router';

const createDraftRoute = createRoute({
  method: 'post',
  path: '/drafts',
  tags: ['rules'],
  summary: '新建规则草稿（复制已发布版本或默认规则；支持 Idempotency-Key）',
  security: [{ bearer: [] }],
  middleware: [requireRole(...RULE_WRITERS), idempotent],
  request: { body: { required: false, ...jsonContent(CreateDraftSchema) } },
  responses: { 201: json(RuleDraftSchema, 'The new draft'), ...problems(400, 401, 403, 422) },
});

const listDraftsRoute = createRoute({
  method: 'get',
  path: '/drafts',
  tags: ['rules'],
  summary: '规则草稿列表（未发布的在前，最近修改的在前）',
  security: [{ bearer: [] }],
  middleware: [requireRole(...RULE_READERS)],
  responses: {
    200: json(z.object({ items: z.array(RuleDraftSchema) }).openapi('RuleDraftList'), 'Drafts'),
    ...problems(401, 403),
  },
});

const getDraftRoute = createRoute({
  method: 'get',
  path: '/drafts/{id}',
  tags: ['rules'],
  summary: '规则草稿',
  security: [{ bearer: [] }],
  middleware: [requireRole(...RULE_READERS)],
  request: { params: IdParam },
  responses: { 200: json(RuleDraftSchema, 'The draft'), ...problems(401, 403, 404) },
});

const updateDraftRoute = createRoute({
  method: 'put',
  path: '/drafts/{id}',
  tags: ['rules'],
  summary: '修改规则草稿（带 version，乐观并发）',
  security: [{ bearer: [] }],
  middleware: [requireRole(...RULE_WRITERS)],
  request: { params: IdParam, body: { required: true, ...jsonContent(UpdateDraftSchema) } },
  responses: {
    200: json(RuleDraftSchema, 'The updated draft'),
    ...problems(400, 401, 403, 404, 409),
  },
});

const validateRoute = createRoute({
  method: 'post',
  path: '/drafts/{id}/validate',
  tags: ['rules'],
  summary: '校验规则草稿：重叠、遗漏、永不适用的行（每条问题指出行），并运行规则测试用例',
  security: [{ bearer: [] }],
  middleware: [requireRole(...RULE_READERS)],
  request: { params: IdParam },
  responses: { 200: json(ValidationResultSchema, 'Issues'), ...problems(401, 403, 404) },
});

const validateUnsavedRoute = createRoute({
  method: 'post',
  path: '/validate',
  tags: ['rules'],
  summary: '校验一份未保存的规则表（编辑时逐字校验；不写入任何数据）',
  security: [{ bearer: [] }],
  middleware: [requireRole(...RULE_READERS)],
  request: { body: { required: true, ...jsonContent(ValidateRuleSetSchema) } },
  responses: { 200: json(ValidationResultSchema, 'Issues'), ...problems(400, 401, 403) },
});

export const draftRoutes = createRouter()
  .openapi(createDraftRoute, async (c) => {
    const tenantId = tenantOf(c);
    const { from } = c.req.valid('json') ?? {};
    const versions = await rules(c).listVersions(tenantId);
    let basedOn = 'default';
    let ruleSet: RuleSet = defaultRuleSet();
    if (from !== 'default') {
      const source = from === undefined ? versions.at(-1) : versions.find((v) => v.versionId === from);
      if (from !== undefined && !source) {
        throw unprocessable(
          `没有已发布的规则版本${from}`,
          [{ path: 'body.from', message: '应为已发布版本的编号或 default' }],
          'unknown_version',
        );
      }
      if (source) ({ versionId: basedOn, ruleSet } = source);
    }
    const draftId = randomUUID();
    const auth = c.get('auth');
    const draft = await rules(c).createDraft(tenantId, {
      draftId,
      basedOn,
      ruleSet: { ...ruleSet, id: `draft-${draftId.slice(0, 8)}` },
      by: auth.userId,
      at: c.get('deps').now().toISOString(),
    });
    await audit(c, { action: 'rules.draft.create', targetType: 'rule_draft', targetId: draftId, details: { basedOn } });
    return c.json(draft, 201);
  })
  .openapi(listDraftsRoute, async (c) => {
    const drafts = await rules(c).listDrafts(tenantOf(c));
    const sorted = [...drafts].sort((a, b) =>
      a.status !== b.status
        ? a.status === 'open'
          ? -1
          : 1
        : a.updatedAt > b.updatedAt
          ? -1
          : a.updatedAt < b.updatedAt
            ? 1
            : 0,
    );
    return c.json({ items: sorted }, 200);
  })
  .openapi(getDraftRoute, async (c) => c.json(await draftOr404(c, c.req.valid('param').id), 200))
  .openapi(updateDraftRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { version, ruleSet } = c.req.valid('json');
    const auth = c.get('auth');
    const draft = await rules(c).updateDraft(
      tenantOf(c),
      id,
      version,
      ruleSet,
      auth.userId,
      c.get('deps').now().toISOString(),
    );
    await audit(c, {
      action: 'rules.draft.update',
      targetType: 'rule_draft',
      targetId: id,
      details: { version: draft.version },
    });
    return c.json(draft, 200);
  })
  .openapi(validateRoute, async (c) => {
    const draft = await draftOr404(c, c.req.valid('param').id);
    const { issues, tests } = await checkRuleSet(c, draft.ruleSet);
    return c.json({ valid: issues.length === 0, issues, tests }, 200);
  })
  .openapi(validateUnsavedRoute, async (c) => {
    const { issues, tests } = await checkRuleSet(c, c.req.valid('json').ruleSet);
    return c.json({ valid: issues.length === 0, issues, tests }, 200);
  });
