import { createHash, randomUUID } from 'node:crypto';
import { createRoute, z } from '@hono/zod-openapi';
import { PaymentExceedsDueError } from '@xinfang/store';
import { requireRole } from '../../auth/middleware';
import { audit } from '../../http/audit';
import { todayInShanghai } from '../../http/dates';
import { idempotent } from '../../http/idempotency';
import { unprocessable } from '../../http/problem';
import { LEDGER_WRITERS, ledgerRepo, loadLedger, NOTICE_READERS, problems, tenantOf } from './ledger-access';
import { NoticeSchema, OverdueSchema, PaymentSchema, PeriodParam } from './ledger-schemas';
import { noticesOf, overdueOf, parseNoticeId } from './notices';
import { ApiDate } from '../../http/dates';
import { createRouter } from '../../http/router';
import { json, jsonContent } from '../../http/json-response';

const security = [{ bearer: [] }];
const errors = problems(400, 401, 403, 404);

const noticesRoute = createRoute({
  method: 'get',
  path: '/notices',
  tags: ['ledger'],
  summary: '罚款通知（按人：条目、合计、缴款期限、已缴）',
  security,
  middleware: [requireRole(...NOTICE_READERS)],
  request: { query: z.object({ period: PeriodParam.optional() }) },
  responses: {
    200: json(z.object({ periodKey: z.string(), items: z.array(NoticeSchema) }).openapi('PenaltyNotices'), 'Notices'),
    ...errors,
  },
});

const overdueRoute = createRoute({
  method: 'get',
  path: '/overdue',
  tags: ['ledger'],
  summary: '逾期未缴的罚款通知及下一步（停发当月工资 / 移交纪检）；只含已下发的期间',
  security,
  middleware: [requireRole(...NOTICE_READERS)],
  request: { query: z.object({ asOf: ApiDate.optional() }) },
  responses: {
    200: json(
      z.object({ asOf: z.string(), items: z.array(OverdueSchema) }).openapi('OverdueNotices'),
      'Overdue notices of every issued period (a draft has sent no notices)',
    ),
    ...errors,
  },
});

const paymentRoute = createRoute({
  method: 'post',
  path: '/payments',
  tags: ['ledger'],
  summary: '登记缴款（支持 Idempotency-Key）；只能对已下发的处罚通知登记，草稿期间返回 409',
  security,
  middleware: [requireRole(...LEDGER_WRITERS), idempotent],
  request: { body: { required: true, ...jsonContent(PaymentSchema) } },
  responses: {
    201: json(NoticeSchema, 'The notice after the payment'),
    ...errors,
    ...problems(409, 422),
  },
});

export const noticeRoutes = createRouter()
  .openapi(noticesRoute, async (c) => {
    const ledger = await loadLedger(c, c.req.valid('query').period);
    return c.json({ periodKey: ledger.summary.periodKey, items: noticesOf(ledger) }, 200);
  })
  .openapi(overdueRoute, async (c) => {
    const asOf = c.req.valid('query').asOf ?? todayInShanghai(c.get('deps').now());
    const tenantId = tenantOf(c);
    const items = [];
    for (const p of await ledgerRepo(c).listPeriods(tenantId)) {
      // A draft's notices have not gone out: nobody owes them yet, so none is overdue (as the reminders read it).
      if (p.status !== 'issued') continue;
      const ledger = await ledgerRepo(c).read(tenantId, p.periodKey);
      if (ledger) items.push(...overdueOf(noticesOf(ledger), asOf));
    }
    return c.json({ asOf, items }, 200);
  })
  .openapi(paymentRoute, async (c) => {
    const body = c.req.valid('json');
    const ref = parseNoticeId(body.noticeId);
    if (!ref)
      throw unprocessable(
        '罚款通知编号无效',
        [{ path: 'body.noticeId', message: '应为 notice:<期间>:<人员>' }],
        'unknown_notice',
      );
    if (ref.personId !== body.personId)
      throw unprocessable(
        '缴款人与罚款通知不符',
        [{ path: 'body.personId', message: '应为通知上的人员' }],
        'person_mismatch',
      );
    const ledger = await loadLedger(c, ref.periodKey);
    const notice = noticesOf(ledger).find((n) => n.noticeId === body.noticeId);
    if (!notice)
      throw unprocessable(
        '没有这份罚款通知',
        [{ path: 'body.noticeId', message: '该人员在此期间没有应缴罚款' }],
        'unknown_notice',
      );
    // The store's own refusal (it checks again under its condition): one message, mapped to 422 by onError.
    if (body.amountFen > notice.outstandingFen) throw new PaymentExceedsDueError(body.noticeId, notice.outstandingFen);
    // A retry of a crashed request (same Idempotency-Key) must not count the payment twice: its id is the key's.
    const key = c.req.header('idempotency-key');
    const keyed = key
      ? createHash('sha256')
          .update(`${tenantOf(c)}\n${key}`)
          .digest('hex')
          .slice(0, 32)
      : undefined;
    const paymentId = keyed ?? randomUUID();
    const payment = {
      paymentId,
      noticeId: body.noticeId,
      personId: body.personId,
      amountFen: body.amountFen,
      paidOn: body.paidOn,
      at: c.get('deps').now().toISOString(),
      by: c.get('auth').userId,
    };
    await ledgerRepo(c).recordPayment(tenantOf(c), ref.periodKey, payment, notice.totalFen);
    await audit(c, {
      action: 'ledger.payment',
      targetType: 'penalty_notice',
      targetId: body.noticeId,
      details: { amountFen: body.amountFen, paidOn: body.paidOn },
    });
    const after =
      noticesOf({ ...ledger, payments: [...ledger.payments, payment] }).find((n) => n.noticeId === body.noticeId) ??
      notice;
    return c.json(after, 201);
  });
