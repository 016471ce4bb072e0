import { createRoute, z } from '@hono/zod-openapi';
import type { StoredLedger } from '@xinfang/store';
import type { Context } from 'hono';
import type { AppEnv } from '../../app-env';
import { requireRole } from '../../auth/middleware';
import { audit } from '../../http/audit';
import { idempotent } from '../../http/idempotency';
import { notFound, unprocessable } from '../../http/problem';
import { LEDGER_WRITERS, ledgerRepo, loadLedger, problems, tenantOf } from './ledger-access';
import { LedgerRowSchema, ReverseSchema } from './ledger-schemas';
import { ledgerRows } from './ledger-views';
import { createRouter } from '../../http/router';
import { json, jsonContent } from '../../http/json-response';

const route = createRoute({
  method: 'post',
  path: '/entries/{entryId}/reverse',
  tags: ['ledger'],
  summary: '冲销一条台账条目（写入金额相反的新条目，原条目不改）',
  security: [{ bearer: [] }],
  middleware: [requireRole(...LEDGER_WRITERS), idempotent],
  request: {
    params: z.object({ entryId: z.string().min(1).max(300) }),
    body: { required: true, ...jsonContent(ReverseSchema) },
  },
  responses: {
    201: json(LedgerRowSchema, 'The reversing entry'),
    ...problems(400, 401, 403, 404, 409, 422),
  },
});

/** Without a period, the entry is looked up in the evaluated periods, latest first. */
async function ledgerWith(c: Context<AppEnv>, entryId: string, period: string | undefined): Promise<StoredLedger> {
  if (period) return loadLedger(c, period);
  const periods = await ledgerRepo(c).listPeriods(tenantOf(c));
  for (const p of [...periods].sort((a, b) => (a.evaluatedAt < b.evaluatedAt ? 1 : -1))) {
    const ledger = await ledgerRepo(c).read(tenantOf(c), p.periodKey);
    if (ledger?.entries.some((e) => e.entryId === entryId)) return ledger;
  }
  throw notFound(`台账中没有条目${entryId}`);
}

export const reverseRoutes = createRouter().openapi(route, async (c) => {
  const { entryId } = c.req.valid('param');
  const { reason, period } = c.req.valid('json');
  const ledger = await ledgerWith(c, entryId, period);
  const entry = ledger.entries.find((e) => e.entryId === entryId);
  if (!entry) throw notFound(`台账中没有条目${entryId}`);
  if (entry.kind !== 'fine' && entry.kind !== 'reward')
    throw unprocessable(
      '只有罚款和奖励可以冲销',
      [{ path: 'path.entryId', message: '应为罚款或奖励条目' }],
      'not_reversible',
    );
  if (!entry.active) throw unprocessable('该条目已不在最新计算结果中，无需冲销', undefined, 'inactive_entry');
  const auth = c.get('auth');
  const reversal = {
    reversalId: `rev:${entryId}`,
    reversesId: entryId,
    kind: entry.kind,
    ...(entry.personId ? { personId: entry.personId } : {}),
    ...(entry.unitId ? { unitId: entry.unitId } : {}),
    amountFen: -entry.amountFen,
    reason,
    at: c.get('deps').now().toISOString(),
    by: auth.userId,
  };
  await ledgerRepo(c).reverse(tenantOf(c), ledger.summary.periodKey, reversal);
  await audit(c, {
    action: 'ledger.reverse',
    targetType: 'ledger_entry',
    targetId: entryId,
    details: { period: ledger.summary.periodKey, amountFen: reversal.amountFen, reason },
  });
  const after = { ...ledger, reversals: [...ledger.reversals, reversal] };
  const row = ledgerRows(after).find((r) => r.entryId === reversal.reversalId);
  if (!row) throw notFound(`台账中没有条目${entryId}`);
  return c.json(row, 201);
});
