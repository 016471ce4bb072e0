import type { BacklogRoster, DistrictMonth, TownshipMonthStats, TownshipRecord } from '@xinfang/store';
import type { ReportPeriod } from '../reports/kpi-schemas';
import { ART41_HEADINGS, type DistrictAnnualReport } from './annual-report-schemas';
import { districtComparison } from './comparison';

export interface AnnualReportInput {
  year: number;
  districtName: string;
  townships: readonly TownshipRecord[];
  months: ReadonlyMap<string, DistrictMonth>;
  previousMonths: ReadonlyMap<string, DistrictMonth>;
  rosters: readonly BacklogRoster[];
  /** Township id → unit id → unit name (the org charts, for the units with the most cases). */
  unitNames: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

/** How many units the report names (二、信访事项较多的单位). */
export const TOP_UNITS = 10;

const ratio = (n: number, d: number) => (d === 0 ? null : n / d);
const sum = <T>(list: readonly T[], f: (x: T) => number) => list.reduce((s, x) => s + f(x), 0);

/** The district's year under Art. 41, built from the statistics items alone. */
export function districtAnnualReport(input: AnnualReportInput): DistrictAnnualReport {
  const period: ReportPeriod = { from: `${input.year}-01-01`, to: `${input.year}-12-31` };
  const previousPeriod: ReportPeriod = { from: `${input.year - 1}-01-01`, to: `${input.year - 1}-12-31` };
  const { townships } = districtComparison({
    period,
    previousPeriod,
    townships: input.townships,
    months: input.months,
    previousMonths: input.previousMonths,
    rosters: input.rosters,
    minCases: 0,
    byMonth: false,
  });
  const statsOf = (id: string): TownshipMonthStats[] =>
    [...input.months.values()].flatMap((m) => m.stats.filter((s) => s.townshipId === id));

  const statistics = townships.map((t) => ({
    townshipId: t.townshipId,
    name: t.name,
    casesRegistered: t.cases.registered,
    casesAccepted: t.cases.accepted,
    casesResolved: t.cases.resolved,
    visits: t.visits.total,
    headcount: t.visits.headcount,
    collective: t.visits.byForm.collective,
    byLevel: t.visits.byLevel,
    visitChange: t.visits.vsPreviousYear.change,
  }));
  const previousVisits = sum([...input.previousMonths.values()], (m) => sum(m.stats, (s) => s.visits.total));
  const totalVisits = sum(statistics, (r) => r.visits);
  const levelTotal = (l: keyof (typeof statistics)[number]['byLevel']) => sum(statistics, (r) => r.byLevel[l]);

  const transfers = townships.map((t) => {
    const s = statsOf(t.townshipId);
    return {
      townshipId: t.townshipId,
      name: t.name,
      routed: t.cases.registered,
      accepted: t.cases.accepted,
      acceptedOnTime: sum(s, (x) => x.casesAcceptedOnTime),
      notices: sum(s, (x) => x.notices),
      retrievals: sum(s, (x) => x.retrievals),
      retrievalCostFen: sum(s, (x) => x.retrievalCostFen),
    };
  });

  const rectification = townships.map((t) => ({
    townshipId: t.townshipId,
    name: t.name,
    resolved: t.cases.resolved,
    resolvedOnTime: t.onTimeResolution.numerator,
    onTimeResolution: t.onTimeResolution.value,
    satisfaction: t.satisfaction.value,
    backlogOpenAtEnd: t.backlog.openAtEnd,
    backlogCleared: t.backlog.clearedInPeriod,
    finesFen: t.money.finesFen,
    rewardsFen: t.money.rewardsFen,
    vetoes: t.money.vetoes,
  }));
  const satisfied = sum(townships, (t) => t.satisfaction.numerator);
  const answered = sum(townships, (t) => t.satisfaction.denominator);
  const onTime = sum(townships, (t) => t.onTimeResolution.numerator);
  const resolvedCounted = sum(townships, (t) => t.onTimeResolution.denominator);

  return {
    title: `${input.districtName}${input.year}年度信访工作情况报告`,
    year: input.year,
    districtName: input.districtName,
    headings: { ...ART41_HEADINGS },
    statistics: {
      townships: statistics,
      total: {
        name: '合计',
        casesRegistered: sum(statistics, (r) => r.casesRegistered),
        casesAccepted: sum(statistics, (r) => r.casesAccepted),
        casesResolved: sum(statistics, (r) => r.casesResolved),
        visits: totalVisits,
        headcount: sum(statistics, (r) => r.headcount),
        collective: sum(statistics, (r) => r.collective),
        byLevel: {
          township: levelTotal('township'),
          district: levelTotal('district'),
          city: levelTotal('city'),
          province: levelTotal('province'),
          national: levelTotal('national'),
        },
        visitChange: previousVisits === 0 ? null : (totalVisits - previousVisits) / previousVisits,
      },
    },
    topUnits: topUnits(input),
    transfers: {
      townships: transfers,
      total: {
        name: '合计',
        routed: sum(transfers, (r) => r.routed),
        accepted: sum(transfers, (r) => r.accepted),
        acceptedOnTime: sum(transfers, (r) => r.acceptedOnTime),
        notices: sum(transfers, (r) => r.notices),
        retrievals: sum(transfers, (r) => r.retrievals),
        retrievalCostFen: sum(transfers, (r) => r.retrievalCostFen),
      },
    },
    rectification: {
      townships: rectification,
      total: {
        name: '合计',
        resolved: sum(rectification, (r) => r.resolved),
        resolvedOnTime: onTime,
        onTimeResolution: ratio(onTime, resolvedCounted),
        satisfaction: ratio(satisfied, answered),
        backlogOpenAtEnd: sum(rectification, (r) => r.backlogOpenAtEnd),
        backlogCleared: sum(rectification, (r) => r.backlogCleared),
        finesFen: sum(rectification, (r) => r.finesFen),
        rewardsFen: sum(rectification, (r) => r.rewardsFen),
        vetoes: sum(rectification, (r) => r.vetoes),
      },
    },
  };
}

/** Cases per unit: the distinct cases with a visit (every case opens with one) in the year, from the months' visit lists. */
function topUnits(input: AnnualReportInput): DistrictAnnualReport['topUnits'] {
  const units = new Map<string, { townshipId: string; unitId: string; cases: Set<string>; visits: number }>();
  for (const m of input.months.values())
    for (const s of m.stats)
      for (const v of s.visits.list)
        for (const unitId of v.unitIds) {
          const key = `${s.townshipId}\u0000${unitId}`;
          const u = units.get(key) ?? { townshipId: s.townshipId, unitId, cases: new Set<string>(), visits: 0 };
          u.cases.add(v.caseId);
          u.visits += 1;
          units.set(key, u);
        }
  const townshipName = new Map(input.townships.map((t) => [t.id, t.name]));
  return [...units.values()]
    .sort(
      (a, b) =>
        b.cases.size - a.cases.size ||
        b.visits - a.visits ||
        `${a.townshipId}${a.unitId}`.localeCompare(`${b.townshipId}${b.unitId}`),
    )
    .slice(0, TOP_UNITS)
    .map((u, i) => ({
      rank: i + 1,
      townshipName: townshipName.get(u.townshipId) ?? '（未知乡镇）',
      unitName: input.unitNames.get(u.townshipId)?.get(u.unitId) ?? '（已撤销单位）',
      cases: u.cases.size,
      visits: u.visits,
    }));
}
