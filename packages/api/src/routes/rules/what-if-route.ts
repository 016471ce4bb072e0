import { createRoute } from '@hono/zod-openapi';
import { diffLedgers } from '@xinfang/domain';
import { evaluateLoaded, loadPeriodInputs } from '@xinfang/store';
import { requireRole } from '../../auth/middleware';
import { draftOr404, problems, RULE_READERS, tenantOf } from './rule-access';
import { IdParam, WhatIfResultSchema, WhatIfSchema } from './rule-schemas';
import { diffUnitTotals } from './unit-diff';
import { createRouter } from '../../http/router';
import { json, jsonContent } from '../../http/json-response';

const whatIfRoute = createRoute({
  method: 'post',
  path: '/drafts/{id}/what-if',
  tags: ['rules'],
  summary: '假如发布此草稿：按人列出罚款的变化',
  description:
    '用草稿替换其生效日期（默认 from）及以后的已发布版本，重新计算期间台账，与现行版本的结果逐人比较。不写入任何数据。',
  security: [{ bearer: [] }],
  middleware: [requireRole(...RULE_READERS)],
  request: { params: IdParam, body: { required: true, ...jsonContent(WhatIfSchema) } },
  responses: {
    200: json(WhatIfResultSchema, 'Per-person differences'),
    ...problems(400, 401, 403, 404),
  },
});

export const whatIfRoutes = createRouter().openapi(whatIfRoute, async (c) => {
  const tenantId = tenantOf(c);
  const draft = await draftOr404(c, c.req.valid('param').id);
  const { from, to, effectiveFrom = from } = c.req.valid('json');
  const period = { from, to };
  // The store's one evaluation path: everything but the rules as evaluation sees it (calendar, deadlines, titles).
  const inputs = await loadPeriodInputs(c.get('deps').store, tenantId, period);
  const kept = inputs.ruleVersions.filter((v) => v.effectiveFrom < effectiveFrom);
  const replaced = inputs.ruleVersions.filter((v) => v.effectiveFrom >= effectiveFrom).map((v) => v.id);
  const before = evaluateLoaded(inputs, period);
  const withDraft = () => [...kept, { ...draft.ruleSet, effectiveFrom }];
  const after = evaluateLoaded(inputs, period, { ruleVersions: withDraft });
  return c.json(
    {
      period,
      effectiveFrom,
      replacedVersionIds: replaced,
      ...diffLedgers(before, after),
      units: diffUnitTotals(before, after),
    },
    200,
  );
});
