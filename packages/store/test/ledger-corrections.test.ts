import { defaultRuleSet } from '@xinfang/domain';
import { describe, expect, it } from 'vitest';
import {
  confirmCorrection,
  CorrectionAlreadyConfirmedError,
  correctionWrites,
  CorrectionSupersededError,
  LedgerPeriodIssuedError,
  LedgerRepository,
  proposeCorrections,
  RulesRepository,
} from '../src';
import { projectVillage, villageCase, villageOrg } from './ledger-fixtures';
import { useEmbeddedTable } from './support';

const table = useEmbeddedTable();
const at = '2026-06-15T02:00:00.000Z';

const project = (tenant: string, visits: number) =>
  projectVillage({
    org: villageOrg(tenant),
    case: villageCase(tenant, visits),
    period: { from: '2026-03-01', to: '2026-03-31' },
    meta: { evaluatedAt: at, evaluatedBy: 'u1' },
  });
const names = new Map([
  ['p-o', { name: '张主任', financePaid: true }],
  ['p-v', { name: '刘书记', financePaid: false }],
]);

/** An issued March with 2 fined visits, and a pending proposal for a third visit recorded late. */
async function issuedWithProposal(tenant: string) {
  const ledger = new LedgerRepository(table.store());
  await new RulesRepository(table.store()).saveInitialRules(tenant, defaultRuleSet());
  const { summary, entries } = project(tenant, 3);
  await ledger.writeEvaluation(tenant, summary, entries);
  await ledger.issue(tenant, summary.periodKey, at, 'u1');
  const stored = await ledger.read(tenant, summary.periodKey);
  if (!stored) throw new Error('not written');
  const proposal = proposeCorrections(stored, project(tenant, 4).entries, names, { at, by: 'u1' });
  if (!proposal) throw new Error('no proposal');
  return { ledger, periodKey: summary.periodKey, stored, proposal: await ledger.saveProposal(tenant, proposal) };
}

describe('corrections of an issued period', () => {
  it('refuses to overwrite an issued period', { timeout: 30_000 }, async () => {
    const { ledger } = await issuedWithProposal('twn-c0');
    const { summary, entries } = project('twn-c0', 4);
    await expect(ledger.writeEvaluation('twn-c0', summary, entries)).rejects.toBeInstanceOf(LedgerPeriodIssuedError);
  });

  it(
    'a confirmation that crashed half-way is completed by running it again, writing nothing twice',
    { timeout: 30_000 },
    async () => {
      const { ledger, periodKey, stored, proposal } = await issuedWithProposal('twn-c1');
      // A new 1c visit (repeats 3): two new fines; nothing to reverse.
      expect(proposal.items.map((i) => [i.personId, Boolean(i.reversed), i.added?.amountFen])).toEqual([
        ['p-o', false, 10000],
        ['p-v', false, 20000],
      ]);
      // Crash after the claim and the first new entry.
      const claimed = await ledger.claimConfirmation('twn-c1', periodKey, proposal.proposalId, at, 'u1');
      const writes = correctionWrites(claimed, { noticeDate: '2026-06-15', dueOn: () => '2026-06-30' });
      await ledger.writeCorrection('twn-c1', periodKey, {
        reversals: [],
        entries: writes.entries.slice(0, 1),
        notices: [],
      });

      await confirmCorrection(table.store(), 'twn-c1', periodKey, proposal.proposalId, {
        at: '2026-06-16T02:00:00.000Z',
        by: 'u2',
      });
      const after = await ledger.read('twn-c1', periodKey);
      expect(after?.entries.length).toBe(stored.entries.length + 2);
      // The notice is dated by the first attempt (06-15), not the retry.
      expect(after?.supplementaryNotices.map((n) => [n.personId, n.totalFen, n.noticeDate, n.dueOn])).toEqual([
        ['p-o', 10000, '2026-06-15', '2026-06-18'],
        ['p-v', 20000, '2026-06-15', '2026-06-30'],
      ]);
      expect(after?.summary).toMatchObject({
        status: 'issued',
        correctionSeq: 1,
        lastCorrectionId: proposal.proposalId,
      });
      await expect(
        confirmCorrection(table.store(), 'twn-c1', periodKey, proposal.proposalId, { at, by: 'u1' }),
      ).rejects.toBeInstanceOf(CorrectionAlreadyConfirmedError);
      expect((await ledger.read('twn-c1', periodKey))?.entries.length).toBe(stored.entries.length + 2);
    },
  );

  it('a proposal computed before another confirmation is refused as superseded', { timeout: 30_000 }, async () => {
    const { ledger, periodKey, stored, proposal } = await issuedWithProposal('twn-c2');
    const other = proposeCorrections(stored, project('twn-c2', 2).entries, names, { at, by: 'u1' });
    if (!other) throw new Error('no proposal');
    await ledger.saveProposal('twn-c2', other);
    await confirmCorrection(table.store(), 'twn-c2', periodKey, other.proposalId, { at, by: 'u1' });
    await expect(
      confirmCorrection(table.store(), 'twn-c2', periodKey, proposal.proposalId, { at, by: 'u1' }),
    ).rejects.toBeInstanceOf(CorrectionSupersededError);
    expect((await ledger.getProposal('twn-c2', periodKey, proposal.proposalId))?.status).toBe('superseded');
  });
});
