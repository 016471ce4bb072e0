import { describe, expect, it } from 'vitest';
import { LedgerRepository, proposeCorrections, type LedgerEntry } from '../src';
import { projectVillage, villageCase, villageOrg } from './ledger-fixtures';
import { useEmbeddedTable } from './support';

const table = useEmbeddedTable();
const meta = { evaluatedAt: '2026-07-01T00:00:00.000Z', evaluatedBy: 'u-admin' };
const caseId = '0b6c2f7e-5d1a-4c3b-9e8f-2a1b3c4d5e6f';

const project = (tenant: string, visits: number, number?: string) =>
  projectVillage({
    org: villageOrg(tenant, '西集镇'),
    case: villageCase(tenant, visits, { id: caseId, ...(number ? { number } : {}) }),
    period: { from: '2026-03-01', to: '2026-03-31' },
    meta,
  });
/** An entry as stored before entries carried the case's number: neither the entry nor its detail has one. */
const withoutNumber = ({ caseNumber: _, detail, ...e }: LedgerEntry): LedgerEntry => {
  const { caseNumber: __, ...rest } = detail;
  return { ...e, detail: rest };
};
const names = new Map([
  ['p-o', { name: '张主任', financePaid: true }],
  ['p-v', { name: '刘书记', financePaid: false }],
]);

describe('the ledger names a case by its 编号', () => {
  it('a stored fine and task carry the number the official sees', { timeout: 30_000 }, async () => {
    const ledger = new LedgerRepository(table.store());
    const { summary, entries } = project('twn-n1', 3, 'xiji-2026-058');
    await ledger.writeEvaluation('twn-n1', summary, entries);
    const stored = await ledger.read('twn-n1', summary.periodKey);
    const named = stored?.entries.map((e) => [e.kind, e.caseId, e.caseNumber]);
    expect(named).toContainEqual(['task', caseId, 'xiji-2026-058']);
    expect(named?.filter(([kind]) => kind === 'fine')).toEqual([
      ['fine', caseId, 'xiji-2026-058'],
      ['fine', caseId, 'xiji-2026-058'],
      ['fine', caseId, 'xiji-2026-058'],
      ['fine', caseId, 'xiji-2026-058'],
    ]);
  });

  it(
    'an issued period stored before numbers existed: re-evaluating it proposes no correction for the number alone',
    { timeout: 30_000 },
    async () => {
      const ledger = new LedgerRepository(table.store());
      const old = project('twn-n2', 3);
      await ledger.writeEvaluation('twn-n2', old.summary, old.entries.map(withoutNumber));
      await ledger.issue('twn-n2', old.summary.periodKey, meta.evaluatedAt, 'u-admin');
      const stored = await ledger.read('twn-n2', old.summary.periodKey);
      if (!stored) throw new Error('not written');
      expect(stored.entries.some((e) => e.caseNumber !== undefined || 'caseNumber' in e.detail)).toBe(false);

      // The case has since been given a number (what the ledger now shows): same money, nothing to correct.
      const fresh = project('twn-n2', 3, 'xiji-2026-058').entries;
      expect(fresh.every((e) => e.caseNumber === 'xiji-2026-058')).toBe(true);
      expect(proposeCorrections(stored, fresh, names, { at: meta.evaluatedAt, by: 'u-admin' })).toBeUndefined();

      // A visit recorded late: the correction holds its two new fines only, none of the unchanged entries.
      const later = proposeCorrections(stored, project('twn-n2', 4, 'xiji-2026-058').entries, names, {
        at: meta.evaluatedAt,
        by: 'u-admin',
      });
      expect(later?.items.map((i) => [i.baseId, Boolean(i.reversed), i.added?.caseNumber])).toEqual([
        [`fine:${caseId}:vis4:p-o`, false, 'xiji-2026-058'],
        [`fine:${caseId}:vis4:p-v`, false, 'xiji-2026-058'],
      ]);
    },
  );
});
