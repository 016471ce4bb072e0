import {
  CaseRepository,
  LedgerRepository,
  StatisticsRepository,
  TenancyRepository,
  type StoreClients,
} from '@xinfang/store';
import { evaluateLedger } from './evaluate-ledgers';

export interface RepairReport {
  townshipId: string;
  name: string;
  /** Case summaries re-projected (one per case). */
  caseSummaries: number;
  /** Months of statistics recomputed. */
  statisticsMonths: string[];
  /**
   * Ledger periods re-evaluated: a draft's entries written (changed), unchanged and retracted; an issued period is
   * never rewritten, its difference is left as a correction proposal for an admin to confirm.
   */
  ledgers: { periodKey: string; written: number; unchanged: number; retracted: number; proposalId?: string }[];
}

/**
 * Rebuilds one township's projections from its events, with the rebuild functions the store exposes: case
 * summaries, monthly statistics, and every ledger period it has evaluated before. Every write is idempotent,
 * so repair can run any number of times; it reads by Query only.
 */
export async function repairTownship(
  store: StoreClients,
  townshipId: string,
  meta: { at: string },
): Promise<RepairReport | undefined> {
  const township = await new TenancyRepository(store).getTownship(townshipId);
  if (!township) return undefined;
  const caseSummaries = await new CaseRepository(store).rebuildCaseSummaries(townshipId);
  const statisticsMonths = await new StatisticsRepository(store).rebuildStatistics(townshipId, township.districtId);
  const ledgers: RepairReport['ledgers'] = [];
  for (const period of await new LedgerRepository(store).listPeriods(townshipId)) {
    const result = await evaluateLedger(
      store,
      townshipId,
      { from: period.from, to: period.to },
      { at: meta.at, by: 'repair' },
    );
    ledgers.push({ periodKey: period.periodKey, ...result });
  }
  return { townshipId, name: township.name, caseSummaries, statisticsMonths, ledgers };
}

/** The townships to repair: the one named, or every township of the district (one Query on the district index). */
export async function townshipsToRepair(
  store: StoreClients,
  selection: { townshipId?: string; districtId: string },
): Promise<string[]> {
  if (selection.townshipId) return [selection.townshipId];
  return (await new TenancyRepository(store).listTownships(selection.districtId)).map((t) => t.id);
}
