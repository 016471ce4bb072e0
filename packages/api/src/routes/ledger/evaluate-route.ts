import { createRoute } from '@hono/zod-openapi';
import { evaluateAndRecord } from '@xinfang/store';
import { requireRole } from '../../auth/middleware';
import { audit } from '../../http/audit';
import { idempotent } from '../../http/idempotency';
import { proposalView } from './correction-views';
import { LEDGER_WRITERS, problems, tenantOf } from './ledger-access';
import { EvaluateSchema, EvaluationSummarySchema } from './ledger-schemas';
import { createRouter } from '../../http/router';
import { json, jsonContent } from '../../http/json-response';

const route = createRoute({
  method: 'post',
  path: '/evaluations',
  tags: ['ledger'],
  summary: '计算期间台账（罚款、领回任务、一票否决、奖励）；草稿期间重复计算结果一致，已下发期间只提出更正',
  description:
    '草稿期间：写入（覆盖）条目。已下发处罚通知的期间：不改动任何条目，返回并保存按人的更正提议（冲销 + 新条目），由管理员确认后才写入。',
  security: [{ bearer: [] }],
  middleware: [requireRole(...LEDGER_WRITERS), idempotent],
  request: { body: { required: true, ...jsonContent(EvaluateSchema) } },
  responses: {
    200: json(EvaluationSummarySchema, 'What the evaluation wrote, or the corrections it proposes'),
    ...problems(400, 401, 403, 404, 422),
  },
});

export const evaluateRoutes = createRouter().openapi(route, async (c) => {
  const tenantId = tenantOf(c);
  const { from, to, noticeOn } = c.req.valid('json');
  const meta = {
    at: c.get('deps').now().toISOString(),
    by: c.get('auth').userId,
    ...(noticeOn ? { noticeDate: noticeOn } : {}),
  };
  const { ledger, summary, outcome } = await evaluateAndRecord(c.get('deps').store, tenantId, { from, to }, meta);
  const written = outcome.status === 'draft' ? outcome.written : { written: 0, unchanged: 0, retracted: 0 };
  const body = {
    periodKey: summary.periodKey,
    from,
    to,
    noticeDate: summary.noticeDate,
    ruleVersionIds: summary.ruleVersionIds,
    fines: { count: ledger.fines.length, totalFen: ledger.totals.finesFen },
    rewards: { count: ledger.rewards.length, totalFen: ledger.totals.rewardsFen },
    vetoes: ledger.vetoes.length,
    retrievalTasks: ledger.retrievalTasks.length,
    ...written,
    warnings: ledger.warnings.map((w) => ({ code: w.code, message: w.message })),
    status: outcome.status,
    ...(outcome.status === 'issued' ? { corrections: outcome.proposal ? proposalView(outcome.proposal) : null } : {}),
  };
  const proposalId = outcome.status === 'issued' ? outcome.proposal?.proposalId : undefined;
  await audit(c, {
    action: 'ledger.evaluate',
    targetType: 'ledger',
    targetId: summary.periodKey,
    details: {
      fines: body.fines,
      written: written.written,
      retracted: written.retracted,
      status: outcome.status,
      ...(proposalId ? { proposalId } : {}),
    },
  });
  return c.json(body, 200);
});
