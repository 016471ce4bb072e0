import type { RuleSet } from '@xinfang/domain';
import { CaseRepository } from '@xinfang/store';
import { describe, expect, it } from 'vitest';
import type { DemoUser } from '../src/auth/local-issuer';
import { json, people } from './rules-ledger-fixtures';
import { useSeededTownship } from './support/seeded-township';

// Township twn-a, case c-v1: 1b visits on 03-09 and 03-16, no district notice: 刘书记 (p-v) 100元 and
// 张主任 (p-o, finance-paid) 50元 per visit. Today (the app's clock) is 2026-06-15, a Monday.
const ctx = useSeededTownship();

const PERIOD = '2026-03-01_2026-03-31';
const evaluation = { from: '2026-03-01', to: '2026-03-31', noticeOn: '2026-04-01' };
const call = async (
  method: string,
  path: string,
  user: DemoUser = people.admin,
  payload?: unknown,
  extra: Record<string, string> = {},
) =>
  ctx.app.request(
    path,
    payload === undefined
      ? { method, headers: { ...(await ctx.as(user)), ...extra } }
      : json({ ...(await ctx.as(user)), ...extra }, payload, method),
  );
const read = async <T>(res: Response): Promise<T> => (await res.json()) as T;

interface Row {
  entryId: string;
  kind: string;
  personId?: string;
  amountFen: number;
  sanctions: string[];
  reversesId?: string;
}
interface Entry {
  entryId: string;
  personId?: string;
  amountFen: number;
}
interface Proposal {
  proposalId: string;
  status: string;
  persons: { personId: string; name: string; netFinesFen: number }[];
  items: {
    baseId: string;
    kind: string;
    personId?: string;
    reversed?: Entry;
    added?: Entry;
    netFen: number;
    reasons: string[];
  }[];
}
interface Evaluation {
  status: string;
  written: number;
  fines: { totalFen: number };
  corrections?: Proposal | null;
}
interface Notice {
  noticeId: string;
  personId: string;
  dueOn: string;
  totalFen: number;
  proposalId?: string;
}

const rows = async () => (await read<{ items: Row[] }>(await call('GET', `/api/ledger?period=${PERIOD}`))).items;
const balances = async () =>
  new Map(
    (
      await read<{ items: { personId: string; finesFen: number }[] }>(
        await call('GET', `/api/ledger/by-person?period=${PERIOD}`),
      )
    ).items.map((b) => [b.personId, b.finesFen]),
  );

/** A draft raising row 1b to 150元 / 300元 (halved without a notice: 75元 / 150元), published effective `from`. */
async function raise1b(from: string, confirmRetroactive?: boolean): Promise<Response> {
  const draft = await read<{ draftId: string; ruleSet: RuleSet }>(
    await call('POST', '/api/rules/drafts', people.admin, {}),
  );
  const ruleSet = {
    ...draft.ruleSet,
    penaltyRows: draft.ruleSet.penaltyRows.map((r) =>
      r.id === '1b' ? { ...r, amounts: { officeHeadFen: 15000, villageHeadFen: 30000 } } : r,
    ),
  };
  expect((await call('PUT', `/api/rules/drafts/${draft.draftId}`, people.admin, { version: 1, ruleSet })).status).toBe(
    200,
  );
  // The seed's saved test cases for row 1b (a village's and a department's) expect the old amounts: the admin
  // retires them with the change.
  const suite = await read<{ version: number; cases: { id: string }[] }>(
    await call('GET', '/api/rules/tests', people.admin),
  );
  const cases = suite.cases.filter((c) => c.id !== 'seed-1b' && c.id !== 'seed-department');
  if (cases.length !== suite.cases.length) {
    const saved = await call('PUT', '/api/rules/tests', people.admin, { version: suite.version, cases });
    expect(saved.status).toBe(200);
  }
  return call('POST', `/api/rules/drafts/${draft.draftId}/publish`, people.admin, {
    effectiveFrom: from,
    version: 2,
    ...(confirmRetroactive ? { confirmRetroactive } : {}),
  });
}

describe('an issued ledger is a record: issue, publish retroactively, re-evaluate, confirm', () => {
  it(
    'never changes an issued entry; corrections are reversal + new entry pairs; confirmed, balances equal the new evaluation',
    { timeout: 60_000 },
    async () => {
      expect((await call('POST', '/api/ledger/evaluations', people.admin, evaluation)).status).toBe(200);
      // Only an admin issues, and only an evaluated period.
      expect((await call('POST', `/api/ledger/periods/${PERIOD}/issue`, people.officer)).status).toBe(403);
      expect((await call('POST', '/api/ledger/periods/2026-02-01_2026-02-28/issue')).status).toBe(404);
      const issued = await call('POST', `/api/ledger/periods/${PERIOD}/issue`);
      expect(await read(issued)).toMatchObject({
        periodKey: PERIOD,
        status: 'issued',
        issuedBy: 'u-admin',
        alreadyIssued: false,
      });
      // Issuing again changes nothing.
      expect(await read(await call('POST', `/api/ledger/periods/${PERIOD}/issue`))).toMatchObject({
        status: 'issued',
        alreadyIssued: true,
      });
      // The list of periods tells the ledger page which are drafts and which went out.
      const periods = await read<{ items: { periodKey: string; status: string; issuedAt?: string }[] }>(
        await call('GET', '/api/ledger/periods'),
      );
      expect(periods.items.find((p) => p.periodKey === PERIOD)).toMatchObject({
        status: 'issued',
        issuedAt: expect.any(String),
      });
      const before = await rows();
      const noticesBefore = (await read<{ items: Notice[] }>(await call('GET', `/api/ledger/notices?period=${PERIOD}`)))
        .items;
      expect(
        before
          .filter((r) => r.kind === 'fine')
          .map((r) => r.amountFen)
          .sort((a, b) => a - b),
      ).toEqual([5000, 5000, 10000, 10000]);

      // A version effective 03-05 (before today) would change the issued March: 409 names the period, persons and amounts.
      const refused = await raise1b('2026-03-05');
      expect(refused.status).toBe(409);
      expect(refused.headers.get('content-type')).toContain('application/problem+json');
      expect(await read(refused)).toMatchObject({
        code: 'retroactive_change',
        affectedPeriods: [
          {
            periodKey: PERIOD,
            persons: [
              { personId: 'p-o', name: '张主任', beforeFen: 10000, afterFen: 15000, deltaFen: 5000 },
              { personId: 'p-v', name: '刘书记', beforeFen: 20000, afterFen: 30000, deltaFen: 10000 },
            ],
          },
        ],
      });
      expect((await raise1b('2026-03-05', true)).status).toBe(201);

      // Re-evaluating the issued period writes nothing and proposes corrections.
      const again = await read<Evaluation>(await call('POST', '/api/ledger/evaluations', people.admin, evaluation));
      expect(again).toMatchObject({ status: 'issued', written: 0, fines: { totalFen: 45000 } });
      const proposal = again.corrections;
      if (!proposal) throw new Error('no corrections proposed');
      expect(await rows()).toEqual(before);
      // Each of the four fines: the issued entry reversed and a new entry under the new version, per person.
      expect(proposal.items).toHaveLength(4);
      for (const item of proposal.items) {
        expect(item.reversed?.entryId).toBe(item.baseId);
        expect(item.added?.entryId).toBe(`${item.baseId}@r1`);
        expect(item.netFen).toBe((item.added?.amountFen ?? 0) - (item.reversed?.amountFen ?? 0));
        expect(item.reasons).toEqual(['rule_version']);
      }
      expect(proposal.persons.map((p) => [p.name, p.netFinesFen])).toEqual([
        ['张主任', 5000],
        ['刘书记', 10000],
      ]);
      // Evaluating again without change gives the same proposal, still pending.
      expect(
        (await read<Evaluation>(await call('POST', '/api/ledger/evaluations', people.admin, evaluation))).corrections,
      ).toMatchObject({ proposalId: proposal.proposalId, status: 'pending' });
      expect(
        await read(
          await call('GET', `/api/ledger/periods/${PERIOD}/corrections/${proposal.proposalId}`, people.auditor),
        ),
      ).toMatchObject({ proposalId: proposal.proposalId, status: 'pending' });
      // A page reloaded after the evaluation finds the pending proposal by listing the period's.
      const listPath = `/api/ledger/periods/${PERIOD}/corrections`;
      const pending = await read<{ items: Proposal[] }>(await call('GET', listPath, people.auditor));
      expect(pending.items.map((p) => [p.proposalId, p.status])).toEqual([[proposal.proposalId, 'pending']]);
      expect(pending.items[0]?.persons.map((p) => p.name)).toEqual(['张主任', '刘书记']);
      const badStatus = await call('GET', `${listPath}?status=open`);
      expect(badStatus.status).toBe(400);
      expect(await read(badStatus)).toMatchObject({ invalidParams: [{ path: 'query.status' }] });
      const badPeriod = await call('GET', '/api/ledger/periods/2026-03/corrections');
      expect(await read(badPeriod)).toMatchObject({ status: 400, invalidParams: [{ path: 'path.periodKey' }] });
      // Another township's admin asks for this period: the tenant is the token's, and it has no such period.
      const foreign = await call('GET', listPath, people.adminB);
      expect(foreign.status).toBe(404);
      expect(JSON.stringify(await read(foreign))).not.toContain(proposal.proposalId);
      expect((await call('GET', listPath, people.villageReporter)).status).toBe(403);
      // Nor may a unit reporter read one proposal by its id: it names people and amounts as the list does.
      const byId = await call('GET', `${listPath}/${proposal.proposalId}`, people.villageReporter);
      expect(byId.status).toBe(403);
      expect(JSON.stringify(await read(byId))).not.toContain('张主任');

      // Confirm, replay with the same key (nothing written twice), then a second confirmation is refused.
      const confirmPath = `/api/ledger/periods/${PERIOD}/corrections/${proposal.proposalId}/confirm`;
      const first = await call('POST', confirmPath, people.admin, undefined, { 'idempotency-key': 'confirm-0001' });
      expect(first.status).toBe(200);
      const confirmed = await read<{ proposal: Proposal; supplementaryNotices: Notice[] }>(first);
      expect(confirmed.proposal.status).toBe('confirmed');
      const afterConfirm = await rows();
      const replay = await call('POST', confirmPath, people.admin, undefined, { 'idempotency-key': 'confirm-0001' });
      expect(replay.status).toBe(200);
      expect(replay.headers.get('idempotency-replayed')).toBe('true');
      expect(await rows()).toEqual(afterConfirm);
      const second = await call('POST', confirmPath, people.admin, undefined, { 'idempotency-key': 'confirm-0002' });
      expect(second.status).toBe(409);
      expect(await read(second)).toMatchObject({ code: 'correction_already_confirmed' });
      expect(await rows()).toEqual(afterConfirm);

      // Confirmed, it is no longer pending; the full list keeps it.
      expect((await read<{ items: Proposal[] }>(await call('GET', listPath))).items).toEqual([]);
      const all = await read<{ items: Proposal[] }>(await call('GET', `${listPath}?status=all`));
      expect(all.items.map((p) => [p.proposalId, p.status])).toEqual([[proposal.proposalId, 'confirmed']]);

      // The issued entries are still there, unchanged; 4 reversals and 4 new entries were added.
      for (const r of before)
        expect(afterConfirm).toContainEqual(
          expect.objectContaining({ entryId: r.entryId, amountFen: r.amountFen, sanctions: r.sanctions }),
        );
      expect(afterConfirm.filter((r) => r.kind === 'reversal')).toHaveLength(4);
      expect(afterConfirm.filter((r) => r.kind === 'fine')).toHaveLength(8);
      // A person's balance is the sum of their entries and equals the new evaluation.
      const balance = await balances();
      expect(balance.get('p-v')).toBe(30000);
      expect(balance.get('p-o')).toBe(15000);
      for (const [personId, fen] of balance)
        expect(
          afterConfirm
            .filter((r) => r.personId === personId && (r.kind === 'fine' || r.reversesId?.startsWith('fine:')))
            .reduce((n, r) => n + r.amountFen, 0),
        ).toBe(fen);
      expect(
        (await read<Evaluation>(await call('POST', '/api/ledger/evaluations', people.admin, evaluation))).corrections,
      ).toBeNull();

      // The period's notices are unchanged; a 补充通知 per person bills the difference, due by the payment terms
      // counted from the day of confirmation (06-15): 3 working days for finance-paid staff, else the month's end.
      const notices = (await read<{ items: Notice[] }>(await call('GET', `/api/ledger/notices?period=${PERIOD}`)))
        .items;
      for (const n of noticesBefore)
        expect(notices).toContainEqual(
          expect.objectContaining({ noticeId: n.noticeId, dueOn: n.dueOn, totalFen: n.totalFen }),
        );
      const supplementary = notices
        .filter((n) => n.proposalId === proposal.proposalId)
        .map((n) => [n.personId, n.totalFen, n.dueOn]);
      expect(supplementary).toEqual([
        ['p-o', 5000, '2026-06-18'],
        ['p-v', 10000, '2026-06-30'],
      ]);
    },
  );

  it('names a notice recorded after issuing as the reason of the correction', { timeout: 60_000 }, async () => {
    const april = { from: '2026-04-01', to: '2026-04-30' };
    const cases = new CaseRepository(ctx.store);
    const visit = {
      kind: 'visit' as const,
      on: '2026-04-20',
      visitId: 'vis4',
      channel: 'visit' as const,
      level: 'township' as const,
      form: 'individual' as const,
      headcount: 1,
    };
    await cases.append({ tenantId: 'twn-a', caseId: 'c-v1', event: visit, recordedAt: '2026-04-20T02:00:00.000Z' });
    expect((await call('POST', '/api/ledger/evaluations', people.admin, april)).status).toBe(200);
    expect((await call('POST', '/api/ledger/periods/2026-04-01_2026-04-30/issue')).status).toBe(200);
    await cases.append({
      tenantId: 'twn-a',
      caseId: 'c-v1',
      event: { kind: 'notice', on: '2026-05-10', visitId: 'vis4', level: 'district' },
      recordedAt: '2026-05-10T02:00:00.000Z',
    });
    const res = await read<Evaluation>(await call('POST', '/api/ledger/evaluations', people.admin, april));
    expect(res.corrections?.items.length).toBeGreaterThan(0);
    for (const item of res.corrections?.items ?? []) {
      expect(item.reasons).toContain('late_notice');
      // The full amount replaces the halved one: the net change is exactly the half that was taken off.
      expect(item.netFen).toBe(item.reversed?.amountFen);
    }
  });
});
