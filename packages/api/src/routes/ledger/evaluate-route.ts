import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { evaluate } from '@xinfang/domain';
import { projectLedger } from '@xinfang/store';
import type { AppEnv } from '../../app-env';
import { requireRole } from '../../auth/middleware';
import { audit } from '../../http/audit';
import { idempotent } from '../../http/idempotency';
import { unprocessable } from '../../http/problem';
import { loadEvaluationInputs } from './evaluation-inputs';
import { LEDGER_WRITERS, ledgerRepo, problems, tenantOf } from './ledger-access';
import { EvaluateSchema, EvaluationSummarySchema } from './ledger-schemas';

const route = createRoute({
  method: 'post',
  path: '/evaluations',
  tags: ['ledger'],
  summary: '计算期间台账（罚款、领回任务、一票否决、奖励）；重复计算结果一致',
  security: [{ bearer: [] }],
  middleware: [requireRole(...LEDGER_WRITERS), idempotent],
  request: { body: { required: true, content: { 'application/json': { schema: EvaluateSchema } } } },
  responses: {
    200: { description: 'What the evaluation wrote', content: { 'application/json': { schema: EvaluationSummarySchema } } },
    ...problems(400, 401, 403, 404, 422),
  },
});

export function registerEvaluateRoute(router: OpenAPIHono<AppEnv>): void {
  router.openapi(route, async (c) => {
    const tenantId = tenantOf(c);
    const { from, to, noticeOn } = c.req.valid('json');
    const inputs = await loadEvaluationInputs(c, tenantId, { from, to });
    if (inputs.ruleVersions.length === 0) throw unprocessable('本乡镇尚未发布规则，无法计算台账', undefined, 'no_rules');
    const ledger = evaluate({ ...inputs, period: { from, to }, ...(noticeOn ? { noticeDate: noticeOn } : {}) });
    const { summary, entries } = projectLedger(ledger, { evaluatedAt: c.get('deps').now().toISOString(), evaluatedBy: c.get('auth').userId });
    const result = await ledgerRepo(c).writeEvaluation(tenantId, summary, entries);
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
      ...result,
      warnings: summary.warnings.map((w) => ({ code: w.code, message: w.message })),
    };
    await audit(c, { action: 'ledger.evaluate', targetType: 'ledger', targetId: summary.periodKey, details: { fines: body.fines, written: result.written, retracted: result.retracted } });
    return c.json(body, 200);
  });
}
