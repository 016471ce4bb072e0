import { createRoute } from '@hono/zod-openapi';
import { confirmCorrection, CorrectionNotFoundError } from '@xinfang/store';
import { requireRole } from '../../auth/middleware';
import { audit } from '../../http/audit';
import { idempotent } from '../../http/idempotency';
import { proposalView } from './correction-views';
import { LEDGER_WRITERS, NOTICE_READERS, ledgerRepo, loadLedger, problems, tenantOf } from './ledger-access';
import {
  ConfirmResultSchema,
  CorrectionProposalSchema,
  IssueResultSchema,
  PeriodKeyParams,
  ProposalParams,
} from './ledger-schemas';
import { createRouter } from '../../http/router';
import { json } from '../../http/json-response';

const security = [{ bearer: [] }];

const issueRoute = createRoute({
  method: 'post',
  path: '/periods/{periodKey}/issue',
  tags: ['ledger'],
  summary: '下发处罚通知：期间由草稿变为已下发，此后条目不再改动（重复下发无副作用）',
  security,
  middleware: [requireRole(...LEDGER_WRITERS)],
  request: { params: PeriodKeyParams },
  responses: {
    200: json(IssueResultSchema, 'The issued period'),
    ...problems(400, 401, 403, 404),
  },
});

const proposalRoute = createRoute({
  method: 'get',
  path: '/periods/{periodKey}/corrections/{proposalId}',
  tags: ['ledger'],
  summary: '更正提议（按人：冲销的条目、新条目、净变化及原因）',
  description: '提议写明人员和金额：与提议列表相同，单位信息员不可见。',
  security,
  middleware: [requireRole(...NOTICE_READERS)],
  request: { params: ProposalParams },
  responses: {
    200: json(CorrectionProposalSchema, 'The proposal'),
    ...problems(400, 401, 403, 404),
  },
});

const confirmRoute = createRoute({
  method: 'post',
  path: '/periods/{periodKey}/corrections/{proposalId}/confirm',
  tags: ['ledger'],
  summary: '确认更正：写入冲销条目、新条目和补充通知（支持 Idempotency-Key；同一提议只能确认一次）',
  security,
  middleware: [requireRole(...LEDGER_WRITERS), idempotent],
  request: { params: ProposalParams },
  responses: {
    200: json(ConfirmResultSchema, 'The confirmed correction'),
    ...problems(400, 401, 403, 404, 409),
  },
});

export const issueRoutes = createRouter()
  .openapi(issueRoute, async (c) => {
    const { periodKey } = c.req.valid('param');
    await loadLedger(c, periodKey);
    const { summary, alreadyIssued } = await ledgerRepo(c).issue(
      tenantOf(c),
      periodKey,
      c.get('deps').now().toISOString(),
      c.get('auth').userId,
    );
    if (!alreadyIssued)
      await audit(c, {
        action: 'ledger.issue',
        targetType: 'ledger',
        targetId: periodKey,
        details: { noticeDate: summary.noticeDate },
      });
    return c.json(
      {
        periodKey,
        status: summary.status,
        issuedAt: summary.issuedAt ?? '',
        issuedBy: summary.issuedBy ?? '',
        alreadyIssued,
      },
      200,
    );
  })
  .openapi(proposalRoute, async (c) => {
    const { periodKey, proposalId } = c.req.valid('param');
    const proposal = await ledgerRepo(c).getProposal(tenantOf(c), periodKey, proposalId);
    if (!proposal) throw new CorrectionNotFoundError(proposalId);
    return c.json(proposalView(proposal), 200);
  })
  .openapi(confirmRoute, async (c) => {
    const { periodKey, proposalId } = c.req.valid('param');
    const tenantId = tenantOf(c);
    const meta = { at: c.get('deps').now().toISOString(), by: c.get('auth').userId };
    const proposal = await confirmCorrection(c.get('deps').store, tenantId, periodKey, proposalId, meta);
    const ledger = await loadLedger(c, periodKey);
    const supplementaryNotices = ledger.supplementaryNotices.filter((n) => n.proposalId === proposalId);
    await audit(c, {
      action: 'ledger.correct',
      targetType: 'ledger',
      targetId: periodKey,
      details: { proposalId, persons: proposal.persons },
    });
    return c.json({ proposal: proposalView(proposal), supplementaryNotices }, 200);
  });
