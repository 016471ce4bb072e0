import { defaultRuleSet, versionInForce, yearBefore, type Org, type RuleSet } from '@xinfang/domain';
import {
  addMoneyTotals,
  moneyTotals,
  monthsBetween,
  type MoneyTotals,
  type TownshipMonthMoney,
  StatisticsCache,
  TownshipSettingsCache,
  type MonthVisit,
  type RosterCase,
  type TownshipMonthStats,
  type TownshipVersions,
} from '@xinfang/store';
import type { Context } from 'hono';
import type { AppEnv } from '../../app-env';
import { repo } from '../../http/repo';
import type { ReportPeriod } from './kpi-schemas';
import { netMoney, type NetMoney } from './net-money';

export type { ReportPeriod };

/**
 * Everything a report reads, all from projections: the org chart (names, population), the rule version in force,
 * the township's statistics items of the period's months and of the same months last year, its backlog roster,
 * and the ledger money stored when periods were evaluated. No event is read and nothing is evaluated, so what a
 * report costs depends on the months it covers, never on the number of cases.
 */
export interface ReportData {
  org: Org;
  period: ReportPeriod;
  /** The version in force on the period's last day (or the default pack before any version): its targets and routines. */
  rules: RuleSet;
  /** The statistics items of the months the period touches (a week may straddle two). */
  months: TownshipMonthStats[];
  /** Visits dated in the period, date order. */
  visits: MonthVisit[];
  /** Visits dated in the same dates one year earlier. */
  previousVisits: number;
  roster: Record<string, RosterCase>;
  /** The period's money as reports total it (fines, rewards, vetoes, tasks, fines by unit), net of reversals. */
  totals: MoneyTotals;
  unitName: (id: string) => string;
  personName: (id: string) => string;
}

/** What the weekly and annual reports read besides: the period's ledger lines, per person and unit, net of reversals. */
export interface ReportDataWithLines extends ReportData {
  money: NetMoney;
}

export const inPeriod = (date: string | undefined, p: ReportPeriod) =>
  date !== undefined && p.from <= date && date <= p.to;

/** The township's version numbers (one GetItem): every write that changes what a report shows moves one of them. */
export const reportVersions = (c: Context<AppEnv>, tenantId: string): Promise<TownshipVersions> =>
  repo(c, TownshipSettingsCache).versions(tenantId);

/** The versions as one string, for keying what is built from them (`JsonMemo`). */
export const versionsTag = (v: TownshipVersions) => `${v.settings}.${v.org}.${v.statistics}`;

/** A report's data with the money of its whole months from their totals: no ledger line is read. */
export const loadReportData = async (
  c: Context<AppEnv>,
  tenantId: string,
  period: ReportPeriod,
  versions: TownshipVersions,
): Promise<ReportData> => (await load(c, tenantId, period, versions, false)).data;

/** A report's data with the period's ledger lines (a week cuts months at its dates; a year lists persons). */
export async function loadReportDataWithLines(
  c: Context<AppEnv>,
  tenantId: string,
  period: ReportPeriod,
  versions: TownshipVersions,
): Promise<ReportDataWithLines> {
  const { data, moneyItems } = await load(c, tenantId, period, versions, true);
  const lines = moneyItems.flatMap((m) => Object.values(m.lines)).filter((l) => inPeriod(l.date, period));
  const reversed = Object.assign({}, ...moneyItems.map((m) => m.reversed)) as Record<string, number>;
  return { ...data, totals: moneyTotals(lines, reversed), money: netMoney(data.org, period, moneyItems) };
}

async function load(
  c: Context<AppEnv>,
  tenantId: string,
  period: ReportPeriod,
  versions: TownshipVersions,
  lines: boolean,
): Promise<{ data: ReportData; moneyItems: TownshipMonthMoney[] }> {
  // Org, rules and statistics items come from the per-process caches unless a write moved their version.
  const township = repo(c, TownshipSettingsCache);
  const statistics = repo(c, StatisticsCache);
  const org = await township.org(tenantId, versions);
  const districtId = org.township.districtId;
  const previous = yearBefore(period);
  const months = monthsBetween(period.from, period.to);
  const previousMonths = monthsBetween(previous.from, previous.to);
  const [stored, settings] = await Promise.all([
    statistics.townshipMonths(districtId, tenantId, [...months, ...previousMonths], versions.statistics, { lines }),
    township.foldSettings(tenantId, versions),
  ]);
  const ruleVersions = settings.ruleVersions;
  const visitsIn = (p: ReportPeriod, list: readonly string[]) =>
    list.flatMap((m) => stored.stats.get(m)?.visits.list ?? []).filter((v) => inPeriod(v.on, p));
  const units = new Map(org.units.map((u) => [u.id, u.name]));
  const persons = new Map(org.people.map((p) => [p.id, p.name]));
  const data: ReportData = {
    org,
    period,
    rules: versionInForce(ruleVersions, period.to) ?? defaultRuleSet(),
    months: months.flatMap((m) => stored.stats.get(m) ?? []),
    visits: visitsIn(period, months),
    previousVisits: visitsIn(previous, previousMonths).length,
    roster: stored.roster,
    totals: addMoneyTotals(months.flatMap((m) => stored.totals.get(m)?.totals ?? [])),
    unitName: (id) => units.get(id) ?? id,
    personName: (id) => persons.get(id) ?? id,
  };
  return { data, moneyItems: months.flatMap((m) => stored.money.get(m) ?? []) };
}

/** Fen as yuan with two decimals, for JSON readers that print it as is. */
export const yuan = (fen: number) => (fen / 100).toFixed(2);
