import { defaultRuleSet, evaluate, type Org } from '@xinfang/domain';
import { describe, expect, it } from 'vitest';
import {
  LedgerPeriodNotIssuedError,
  LedgerRepository,
  PaymentExceedsDueError,
  projectLedger,
  RuleEffectiveDateTakenError,
  RulesRepository,
} from '../src';
import { useEmbeddedTable } from './support';

const table = useEmbeddedTable();
const at = '2026-06-15T02:00:00.000Z';

describe('store invariant: one rule version per township and effective date', () => {
  it(
    'of 8 concurrent publishes of different drafts for one date exactly one succeeds',
    { timeout: 60_000 },
    async () => {
      const rules = new RulesRepository(table.store());
      const drafts = Array.from({ length: 8 }, (_, i) => `draft-${i}`);
      for (const draftId of drafts)
        await rules.createDraft('twn-inv', { draftId, basedOn: 'default', ruleSet: defaultRuleSet(), by: 'u1', at });
      const results = await Promise.allSettled(
        drafts.map((draftId) =>
          rules.publishDraft('twn-inv', draftId, {
            expectedVersion: 1,
            effectiveFrom: '2026-07-01',
            versionId: `v2026-07-01-${draftId}`,
            by: 'u1',
            at,
          }),
        ),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      for (const r of results)
        if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(RuleEffectiveDateTakenError);
      const versions = (await rules.listVersions('twn-inv')).filter((v) => v.effectiveFrom === '2026-07-01');
      expect(versions).toHaveLength(1);
      // The losers stay open drafts: each may be published later for another date.
      const loser = drafts.find((d) => d !== versions[0]?.fromDraftId) ?? '';
      expect((await rules.getDraft('twn-inv', loser))?.status).toBe('open');
      await expect(
        rules.publishDraft('twn-inv', loser, {
          expectedVersion: 1,
          effectiveFrom: '2026-08-01',
          versionId: `v2026-08-01-${loser}`,
          by: 'u1',
          at,
        }),
      ).resolves.toMatchObject({ effectiveFrom: '2026-08-01' });
    },
  );
});

describe("store invariant: a notice's payments never exceed what it asks for, and only issued notices are paid", () => {
  const org: Org = {
    township: { id: 'twn-pay', name: '西发镇', districtId: 'd1', population: 0 },
    units: [{ id: 'v1', name: '东村', kind: 'village', population: 0 }],
    people: [{ id: 'p-v', name: '刘书记', financePaid: false, leadingCadre: false }],
    assignments: [{ id: 'a2', personId: 'p-v', role: 'main', unitId: 'v1', from: '2020-01-01' }],
  };

  it(
    'of 8 concurrent full payments of one notice exactly one succeeds, and a retried payment counts once',
    { timeout: 60_000 },
    async () => {
      const ledger = new LedgerRepository(table.store());
      const { summary, entries } = projectLedger(
        evaluate({
          ruleVersions: [defaultRuleSet()],
          org,
          cases: [],
          period: { from: '2026-03-01', to: '2026-03-31' },
        }),
        { evaluatedAt: at, evaluatedBy: 'u1' },
      );
      await ledger.writeEvaluation('twn-pay', summary, entries);
      const noticeId = `notice:${summary.periodKey}:p-v`;
      const due = 20000;
      const pay = (paymentId: string, amountFen: number) =>
        ledger.recordPayment(
          'twn-pay',
          summary.periodKey,
          { paymentId, noticeId, personId: 'p-v', amountFen, paidOn: '2026-04-02', at, by: 'u1' },
          due,
        );
      // A draft's notices have not gone out: a payment is refused and nothing is counted.
      await expect(pay('pay-draft', 100)).rejects.toBeInstanceOf(LedgerPeriodNotIssuedError);
      expect(await ledger.paidTotal('twn-pay', summary.periodKey, noticeId)).toBeUndefined();
      await ledger.issue('twn-pay', summary.periodKey, at, 'u1');
      const results = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => pay(`pay-${i}`, due)));
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(PaymentExceedsDueError);
      const stored = await ledger.read('twn-pay', summary.periodKey);
      expect(stored?.payments.reduce((n, p) => n + p.amountFen, 0)).toBe(due);
      expect((await ledger.paidTotal('twn-pay', summary.periodKey, noticeId))?.paidFen).toBe(due);
      // The winner retried (its request crashed after counting): nothing is counted twice, nothing refused.
      const winner = stored?.payments[0]?.paymentId ?? '';
      await expect(pay(winner, due)).resolves.toBeUndefined();
      expect((await ledger.read('twn-pay', summary.periodKey))?.payments).toHaveLength(1);
      expect((await ledger.paidTotal('twn-pay', summary.periodKey, noticeId))?.paidFen).toBe(due);
    },
  );
});
