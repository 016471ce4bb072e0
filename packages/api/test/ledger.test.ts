import { AuditLog } from '@xinfang/store';
import type { DemoUser } from '../src/auth/local-issuer';
import { describe, expect, it } from 'vitest';
import { json, people } from './rules-ledger-fixtures';
import { useSeededTownship } from './support/seeded-township';

const ctx = useSeededTownship();

const PERIOD = '2026-03-01_2026-03-31';
const evaluation = { from: '2026-03-01', to: '2026-03-31', noticeOn: '2026-04-01' };
const get = async (path: string, user: DemoUser = people.admin) =>
  ctx.app.request(path, { headers: await ctx.as(user) });
const body = async <T>(res: Response): Promise<T> => (await res.json()) as T;

interface Row {
  entryId: string;
  kind: string;
  personId?: string;
  unitId?: string;
  amountFen: number;
  reversesId?: string;
}
interface Balance {
  personId: string;
  finesFen: number;
  fineCount: number;
}
interface Notice {
  noticeId: string;
  personId: string;
  dueOn: string;
  totalFen: number;
  outstandingFen: number;
  nextStep?: { code: string; label: string };
}

describe('evaluating a period', () => {
  it('needs a token, the admin role and a valid period', async () => {
    expect((await ctx.app.request('/api/ledger/evaluations', json({}, evaluation))).status).toBe(401);
    expect(
      (await ctx.app.request('/api/ledger/evaluations', json(await ctx.as(people.officer), evaluation))).status,
    ).toBe(403);
    const bad = await ctx.app.request(
      '/api/ledger/evaluations',
      json(await ctx.as(people.admin), { from: '2026-03-31', to: '2026-03-01' }),
    );
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ invalidParams: [{ path: 'body.to' }] });
    const noDate = await ctx.app.request(
      '/api/ledger/evaluations',
      json(await ctx.as(people.admin), { from: '2026-02-30', to: '2026-03-01' }),
    );
    expect(await noDate.json()).toMatchObject({ invalidParams: [{ path: 'body.from' }] });
  });

  it('refuses a township without published rules (422)', async () => {
    const res = await ctx.app.request('/api/ledger/evaluations', json(await ctx.as(people.adminB), evaluation));
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ code: 'no_rules' });
  });

  it('stores the fines of the period and converges when run again', async () => {
    const headers = await ctx.as(people.admin);
    const first = await ctx.app.request('/api/ledger/evaluations', json(headers, evaluation));
    expect(first.status).toBe(200);
    const summary = await body<{
      periodKey: string;
      fines: { count: number; totalFen: number };
      retrievalTasks: number;
      written: number;
    }>(first);
    // 2 visits under rule 1b, halved without a district notice: 刘书记 100元 and 张主任 50元 each time.
    expect(summary).toMatchObject({ periodKey: PERIOD, fines: { count: 4, totalFen: 30000 }, retrievalTasks: 1 });
    const again = await body<{ written: number; unchanged: number }>(
      await ctx.app.request('/api/ledger/evaluations', json(headers, evaluation)),
    );
    expect(again).toMatchObject({ written: 0, unchanged: summary.written });
    const log = await new AuditLog(ctx.store).listForTarget('twn-a', 'ledger', PERIOD);
    expect(log.items.map((i) => i.action)).toEqual(['ledger.evaluate', 'ledger.evaluate']);
    const periods = (
      await body<{ items: { periodKey: string; noticeDate: string }[] }>(
        await get('/api/ledger/periods', people.villageReporter),
      )
    ).items;
    expect(periods).toEqual([expect.objectContaining({ periodKey: PERIOD, noticeDate: '2026-04-01' })]);
  });
});

describe('reading the ledger', () => {
  it('lists entries, filtered by person, each citing its rule row', async () => {
    const all = await body<{ items: Row[] }>(await get(`/api/ledger?period=${PERIOD}`, people.auditor));
    expect(all.items.filter((r) => r.kind === 'fine')).toHaveLength(4);
    const mine = await body<{ items: (Row & { rowId: string; ruleVersionId: string })[] }>(
      await get(`/api/ledger?period=${PERIOD}&personId=p-v`),
    );
    expect(mine.items.map((r) => [r.entryId, r.amountFen, r.rowId, r.ruleVersionId])).toEqual([
      ['fine:c-v1:vis2:p-v', 10000, '1b', 'v2020'],
      ['fine:c-v1:vis3:p-v', 10000, '1b', 'v2020'],
    ]);
  });

  it('shows a unit reporter only its own unit', async () => {
    const res = await get('/api/ledger', people.villageReporter);
    expect(res.status).toBe(200);
    const rows = (await body<{ items: Row[] }>(res)).items;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.unitId === 'v1')).toBe(true);
    expect((await get('/api/ledger?unitId=o1', people.villageReporter)).status).toBe(403);
    expect((await body<{ items: Row[] }>(await get('/api/ledger/by-unit', people.deptReporter))).items).toEqual([]);
  });

  it('totals by person and by unit in fen', async () => {
    const persons = (await body<{ items: Balance[] }>(await get(`/api/ledger/by-person?period=${PERIOD}`))).items;
    expect(persons.map((p) => [p.personId, p.finesFen, p.fineCount])).toEqual([
      ['p-o', 10000, 2],
      ['p-v', 20000, 2],
    ]);
    const units = (
      await body<{ items: { unitId: string; finesFen: number; retrievalTasks: number }[] }>(
        await get('/api/ledger/by-unit', people.officer),
      )
    ).items;
    expect(units).toEqual([
      expect.objectContaining({ unitId: 'o1', finesFen: 10000 }),
      expect.objectContaining({ unitId: 'v1', finesFen: 20000, retrievalTasks: 1 }),
    ]);
  });

  it('answers 404 for a period never evaluated and 400 for a malformed one', async () => {
    expect((await get('/api/ledger?period=2025-01-01_2025-12-31')).status).toBe(404);
    const bad = await get('/api/ledger?period=2026');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ invalidParams: [{ path: 'query.period' }] });
    expect((await get('/api/ledger', people.adminB)).status).toBe(404);
    expect((await get('/api/ledger', people.overseer)).status).toBe(403);
  });
});

describe('penalty notices and payments', () => {
  it('gives each fined person a notice due by the payment terms and the working-day calendar', async () => {
    const res = await get(`/api/ledger/notices?period=${PERIOD}`, people.officer);
    expect(res.status).toBe(200);
    const notices = (await body<{ items: Notice[] }>(res)).items;
    // Notice on Wed 2026-04-01: paid by township finance → 3 working days, skipping 清明 (4–6 April) → 04-07; others → month end.
    expect(notices.map((n) => [n.personId, n.totalFen, n.dueOn])).toEqual([
      ['p-o', 10000, '2026-04-07'],
      ['p-v', 20000, '2026-04-30'],
    ]);
    expect((await get('/api/ledger/notices', people.villageReporter)).status).toBe(403);
  });

  it('takes no payment and lists nothing overdue while the notices are a draft (409, nothing written)', async () => {
    const payment = { personId: 'p-o', amountFen: 100, paidOn: '2026-04-03', noticeId: `notice:${PERIOD}:p-o` };
    const refused = await ctx.app.request('/api/ledger/payments', json(await ctx.as(people.admin), payment));
    expect(refused.status).toBe(409);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    const problem = await body<{ code: string; detail?: string; title?: string }>(refused);
    expect(problem.code).toBe('period_not_issued');
    expect(`${problem.title ?? ''}${problem.detail ?? ''}`).toContain('尚未下发');
    const notices = (await body<{ items: Notice[] }>(await get(`/api/ledger/notices?period=${PERIOD}`))).items;
    expect(notices.find((n) => n.personId === 'p-o')?.outstandingFen).toBe(10000);
    const log = await new AuditLog(ctx.store).listForTarget('twn-a', 'penalty_notice', payment.noticeId);
    expect(log.items).toEqual([]);
    // Past every due date, a draft still has nothing overdue: its notices never went out.
    expect((await body<{ items: Notice[] }>(await get('/api/ledger/overdue?asOf=2026-05-01'))).items).toEqual([]);
  });

  it('lists overdue notices with the next step the rules prescribe, once issued', async () => {
    const issued = await ctx.app.request(`/api/ledger/periods/${PERIOD}/issue`, {
      method: 'POST',
      headers: await ctx.as(people.admin),
    });
    expect(issued.status).toBe(200);
    const early = (await body<{ items: Notice[] }>(await get('/api/ledger/overdue?asOf=2026-04-08'))).items;
    expect(early.map((n) => [n.personId, n.nextStep?.label])).toEqual([['p-o', '停发当月工资']]);
    const late = (await body<{ items: Notice[] }>(await get('/api/ledger/overdue?asOf=2026-05-01', people.auditor)))
      .items;
    expect(late.map((n) => [n.personId, n.nextStep?.code])).toEqual([
      ['p-o', 'withhold_salary'],
      ['p-v', 'refer_discipline'],
    ]);
    expect((await get('/api/ledger/overdue?asOf=2026-13-01')).status).toBe(400);
  });

  it('records a payment once per Idempotency-Key and refuses overpayment and a wrong person', async () => {
    const headers = { ...(await ctx.as(people.admin)), 'idempotency-key': 'payment-p-o-0001' };
    const payment = { personId: 'p-o', amountFen: 10000, paidOn: '2026-04-03', noticeId: `notice:${PERIOD}:p-o` };
    const res = await ctx.app.request('/api/ledger/payments', json(headers, payment));
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ paidFen: 10000, outstandingFen: 0 });
    const replay = await ctx.app.request('/api/ledger/payments', json(headers, payment));
    expect(replay.headers.get('idempotency-replayed')).toBe('true');
    const notices = (
      await body<{ items: (Notice & { paidFen: number })[] }>(await get(`/api/ledger/notices?period=${PERIOD}`))
    ).items;
    expect(notices.find((n) => n.personId === 'p-o')?.paidFen).toBe(10000);

    const admin = await ctx.as(people.admin);
    const over = await ctx.app.request('/api/ledger/payments', json(admin, { ...payment, amountFen: 1 }));
    expect(over.status).toBe(422);
    // Said in yuan, as the payment form asks for the amount (the notice is paid in full: 0 yuan left).
    expect(await over.json()).toMatchObject({
      detail: '缴款金额超过未缴金额（未缴0元）',
      invalidParams: [{ path: 'body.amountFen', message: '不能超过未缴的0元' }],
    });
    const wrong = await ctx.app.request('/api/ledger/payments', json(admin, { ...payment, personId: 'p-v' }));
    expect(wrong.status).toBe(422);
    const fraction = await ctx.app.request('/api/ledger/payments', json(admin, { ...payment, amountFen: 10.5 }));
    expect(await fraction.json()).toMatchObject({ status: 400, invalidParams: [{ path: 'body.amountFen' }] });
    expect((await ctx.app.request('/api/ledger/payments', json(await ctx.as(people.auditor), payment))).status).toBe(
      403,
    );

    const overdue = (await body<{ items: Notice[] }>(await get('/api/ledger/overdue?asOf=2026-05-01'))).items;
    expect(overdue.map((n) => n.personId)).toEqual(['p-v']);
    const log = await new AuditLog(ctx.store).listForTarget('twn-a', 'penalty_notice', payment.noticeId);
    expect(log.items.map((i) => i.action)).toEqual(['ledger.payment']);
  });
});

describe('reversing entries', () => {
  const target = 'fine:c-v1:vis3:p-v';

  it('writes a negated entry referencing the original, which survives re-evaluation', async () => {
    const admin = await ctx.as(people.admin);
    const res = await ctx.app.request(
      `/api/ledger/entries/${target}/reverse`,
      json(admin, { reason: '该次来访登记重复' }),
    );
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({
      entryId: `rev:${target}`,
      kind: 'reversal',
      reversesId: target,
      amountFen: -10000,
      personId: 'p-v',
    });

    await ctx.app.request('/api/ledger/evaluations', json(admin, evaluation));
    const rows = (await body<{ items: Row[] }>(await get(`/api/ledger?period=${PERIOD}&personId=p-v`))).items;
    expect(rows.map((r) => [r.entryId, r.amountFen])).toEqual([
      ['fine:c-v1:vis2:p-v', 10000],
      [target, 10000],
      [`rev:${target}`, -10000],
    ]);
    const persons = (await body<{ items: Balance[] }>(await get(`/api/ledger/by-person?period=${PERIOD}`))).items;
    expect(persons.find((p) => p.personId === 'p-v')).toMatchObject({ finesFen: 10000, fineCount: 1 });
    const notices = (await body<{ items: Notice[] }>(await get(`/api/ledger/notices?period=${PERIOD}`))).items;
    expect(notices.find((n) => n.personId === 'p-v')?.totalFen).toBe(10000);
    const log = await new AuditLog(ctx.store).listForTarget('twn-a', 'ledger_entry', target);
    expect(log.items.map((i) => i.action)).toEqual(['ledger.reverse']);
  });

  it('refuses a second reversal (409), an unknown entry (404), a task (422), no reason (400), a reader (403)', async () => {
    const admin = await ctx.as(people.admin);
    const reverse = (id: string, b: unknown, h = admin) =>
      ctx.app.request(`/api/ledger/entries/${id}/reverse`, json(h, b));
    expect((await reverse(target, { reason: '再冲一次' })).status).toBe(409);
    expect((await reverse('fine:none:x:y', { reason: '不存在' })).status).toBe(404);
    const task = await reverse('task:c-v1:vis1:v1', { reason: '不该有任务' });
    expect(task.status).toBe(422);
    const noReason = await reverse('fine:c-v1:vis2:p-v', {});
    expect(noReason.status).toBe(400);
    expect(await noReason.json()).toMatchObject({ invalidParams: [{ path: 'body.reason' }] });
    expect((await reverse('fine:c-v1:vis2:p-v', { reason: '审计不能冲销' }, await ctx.as(people.auditor))).status).toBe(
      403,
    );
  });
});
