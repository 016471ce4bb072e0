import {
  CaseRepository,
  importCases,
  OrgRepository,
  RulesRepository,
  StatisticsRepository,
  TenancyRepository,
  type StoreClients,
} from '@xinfang/store';
import type { IsoDate } from '@xinfang/domain';
import { demoLedgerPeriods, evaluateLedger } from './evaluate-ledgers';
import { FIRST_DEMO_YEAR } from './generate';
import type { DemoDistrict, DemoTownship } from './types';

export interface TownshipSeedReport {
  townshipId: string;
  name: string;
  units: number;
  people: number;
  cases: number;
  events: number;
  months: number;
  /** Ledger entries written per evaluated period (`2025-01-01_2025-12-31` → count). */
  ledgers: Record<string, number>;
  ruleNote: string;
}

export interface WriteOptions {
  /** The timestamp recorded on the written items (createdAt / recordedAt). */
  at: string;
  /** The last day of the data: the current year's ledger runs up to it. */
  today: IsoDate;
  /** Progress lines, township by township. */
  log?: (line: string) => void;
}

/** The district seed writes for itself; recordedAt/by on events keep the officer who registered them. */
const SEED_BY = 'seed';

/**
 * Writes a generated district through the store's repositories: tenancy, org (batch writers), initial rules,
 * the cases' events and petitioner items (bulk import), then the projections (case summaries, monthly
 * statistics, the ledger of each demo year) rebuilt from the events exactly as `xinfang repair` does.
 */
export async function writeDistrict(
  store: StoreClients,
  district: DemoDistrict,
  options: WriteOptions,
): Promise<TownshipSeedReport[]> {
  const tenancy = new TenancyRepository(store);
  await tenancy.putDistrict({ id: district.id, name: district.name });
  const reports: TownshipSeedReport[] = [];
  for (const township of district.townships) {
    const report = await writeTownship(store, district, township, options);
    options.log?.(
      `  ${report.name}: ${report.units} 个单位, ${report.people} 人, ${report.cases} 件信访事项 (${report.events} 条记录), ${report.months} 个月统计, ${Object.values(report.ledgers).reduce((a, b) => a + b, 0)} 条台账; 规则: ${report.ruleNote}`,
    );
    reports.push(report);
  }
  return reports;
}

async function writeTownship(
  store: StoreClients,
  district: DemoDistrict,
  t: DemoTownship,
  options: WriteOptions,
): Promise<TownshipSeedReport> {
  const tenantId = t.org.township.id;
  await new TenancyRepository(store).createTownship(t.org.township, options.at);
  const org = new OrgRepository(store);
  await org.putUnits(tenantId, t.org.units, options.at);
  await org.putPeople(tenantId, t.org.people, options.at);
  await org.putAssignments(tenantId, t.org.assignments, options.at);
  await new RulesRepository(store).saveInitialRules(tenantId, t.ruleSet, { by: SEED_BY, at: options.at });

  // Events and petitioner items in bulk (the tenant is new, so nothing can conflict), then the projections
  // rebuilt from those events exactly as `xinfang repair` does.
  await importCases(store, { districtId: district.id, recordedAt: options.at }, t.cases);
  const repo = new CaseRepository(store);
  const cases = await repo.rebuildCaseSummaries(tenantId);
  const months = await new StatisticsRepository(store).rebuildStatistics(tenantId, district.id);
  const ledgers: Record<string, number> = {};
  for (const period of demoLedgerPeriods(FIRST_DEMO_YEAR, options.today)) {
    const written = await evaluateLedger(store, tenantId, period, { at: options.at, by: SEED_BY });
    ledgers[`${period.from}_${period.to}`] = written.written;
  }
  return {
    townshipId: tenantId,
    name: t.org.township.name,
    units: t.org.units.length,
    people: t.org.people.length,
    cases,
    events: t.cases.reduce((n, c) => n + c.record.events.length, 0),
    months: months.length,
    ledgers,
    ruleNote: t.ruleNote,
  };
}
