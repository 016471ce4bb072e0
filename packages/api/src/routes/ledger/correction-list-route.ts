import { createRoute, z } from '@hono/zod-openapi';
import { LedgerPeriodNotFoundError } from '@xinfang/store';
import { requireRole } from '../../auth/middleware';
import { json } from '../../http/json-response';
import { createRouter } from '../../http/router';
import { proposalView } from './correction-views';
import { ledgerRepo, NOTICE_READERS, problems, tenantOf } from './ledger-access';
import { CorrectionListSchema, PeriodKeyParams } from './ledger-schemas';

const route = createRoute({
  method: 'get',
  path: '/periods/{periodKey}/corrections',
  tags: ['ledger'],
  summary: '期间的更正提议列表（默认只列待确认的；页面刷新后据此继续确认）',
  description:
    '本乡镇（取自登录凭证）该期间的更正提议，按提出时间排列。status 可为 pending（默认）、confirmed、superseded 或 all。' +
    '提议写明人员和金额，单位信息员不可见。期间未计算（含其他乡镇的期间）返回 404。',
  security: [{ bearer: [] }],
  middleware: [requireRole(...NOTICE_READERS)],
  request: {
    params: PeriodKeyParams,
    query: z.object({
      status: z
        .enum(['pending', 'confirmed', 'superseded', 'all'], { message: '应为 pending、confirmed、superseded 或 all' })
        .optional(),
    }),
  },
  responses: {
    200: json(CorrectionListSchema, "The period's proposals"),
    ...problems(400, 401, 403, 404),
  },
});

export const correctionListRoutes = createRouter().openapi(route, async (c) => {
  const { periodKey } = c.req.valid('param');
  const status = c.req.valid('query').status ?? 'pending';
  const tenantId = tenantOf(c);
  if (!(await ledgerRepo(c).readSummary(tenantId, periodKey))) throw new LedgerPeriodNotFoundError(periodKey);
  const proposals = await ledgerRepo(c).listProposals(tenantId, periodKey);
  const items = proposals.filter((p) => status === 'all' || p.status === status).map(proposalView);
  return c.json({ periodKey, status, items }, 200);
});
