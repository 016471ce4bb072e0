import { evaluate, type IsoDate } from '@xinfang/domain';
import { CaseRepository, LedgerRepository, OrgRepository, projectLedger, RulesRepository, type StoreClients, type WriteResult } from '@xinfang/store';

export interface LedgerPeriod {
  from: IsoDate;
  to: IsoDate;
}

/**
 * Evaluates one township's ledger for a period from what the store holds (org chart, published rule versions,
 * every case with an event in the period's years) and writes it; deterministic entry ids make a re-run converge.
 * Used by the seed (so ledger pages have data) and by `xinfang repair`.
 */
export async function evaluateLedger(store: StoreClients, tenantId: string, period: LedgerPeriod, meta: { at: string; by: string }): Promise<WriteResult> {
  const org = await new OrgRepository(store).loadOrg(tenantId);
  const ruleVersions = await new RulesRepository(store).ruleSets(tenantId);
  const cases = await new CaseRepository(store).listCaseRecords(tenantId, { fromYear: Number(period.from.slice(0, 4)), toYear: Number(period.to.slice(0, 4)) });
  const ledger = evaluate({ ruleVersions, org, cases, period });
  const { summary, entries } = projectLedger(ledger, { evaluatedAt: meta.at, evaluatedBy: meta.by });
  return new LedgerRepository(store).writeEvaluation(tenantId, summary, entries);
}

/** The demo's ledger periods: every whole year from the first demo year, and the current year up to today. */
export function demoLedgerPeriods(firstYear: number, today: IsoDate): LedgerPeriod[] {
  const periods: LedgerPeriod[] = [];
  const thisYear = Number(today.slice(0, 4));
  for (let year = firstYear; year <= thisYear; year++) {
    const last = `${year}-12-31`;
    periods.push({ from: `${year}-01-01`, to: last <= today ? last : today });
  }
  return periods;
}
