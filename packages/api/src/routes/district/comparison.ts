import { change, rate, type VisitLevel } from '@xinfang/domain';
import {
  backlogFigures,
  type BacklogRoster,
  type DistrictMonth,
  type TownshipMonthMoneyTotals,
  type TownshipMonthStats,
  type TownshipRecord,
} from '@xinfang/store';
import type { ReportPeriod } from '../reports/kpi-schemas';
import type { Comparison, TownshipFigures } from './comparison-schemas';
import { typicalMix } from './typical-mix';

/** The district's visit target: down 30 % on the same months of the previous year (domain.md, Targets). */
const TARGET_REDUCTION_PCT = 30;
const LEVELS: VisitLevel[] = ['township', 'district', 'city', 'province', 'national'];

export interface ComparisonInput {
  period: ReportPeriod;
  previousPeriod: ReportPeriod;
  townships: readonly TownshipRecord[];
  /** The district's months of the period, and of the same months last year, in order. */
  months: ReadonlyMap<string, DistrictMonth>;
  previousMonths: ReadonlyMap<string, DistrictMonth>;
  rosters: readonly BacklogRoster[];
  minCases: number;
  byMonth: boolean;
}

const sumOf = <T>(list: readonly T[], f: (x: T) => number) => list.reduce((s, x) => s + f(x), 0);
const statsOf = (months: ReadonlyMap<string, DistrictMonth>, townshipId: string) =>
  [...months.values()].flatMap((m) => m.stats.filter((s) => s.townshipId === townshipId));
const moneyOf = (months: ReadonlyMap<string, DistrictMonth>, townshipId: string) =>
  [...months.values()].flatMap((m) => m.money.filter((s) => s.townshipId === townshipId));

/** Fines and rewards net of reversals, and vetoes not reversed, of whole months: their money items' totals. */
export function moneyFigures(items: readonly TownshipMonthMoneyTotals[]): TownshipFigures['money'] {
  const out = { finesFen: 0, rewardsFen: 0, vetoes: 0 };
  for (const { totals } of items) {
    out.finesFen += totals.finesFen;
    out.rewardsFen += totals.rewardsFen;
    out.vetoes += totals.vetoes;
  }
  return out;
}

function townshipFigures(t: TownshipRecord, input: ComparisonInput): TownshipFigures {
  const stats = statsOf(input.months, t.id);
  const sum = (f: (s: TownshipMonthStats) => number) => sumOf(stats, f);
  const total = sum((s) => s.visits.total);
  const headcount = sum((s) => s.visits.headcount);
  const byLevel = Object.fromEntries(LEVELS.map((l) => [l, sum((s) => s.visits.byLevel[l])])) as Record<
    VisitLevel,
    number
  >;
  const previous = sumOf(statsOf(input.previousMonths, t.id), (s) => s.visits.total);
  const targetVisits = previous > 0 ? Math.floor(previous * (1 - TARGET_REDUCTION_PCT / 100) + 1e-9) : null;
  const roster = input.rosters.find((r) => r.townshipId === t.id)?.cases ?? {};
  const { minYears: _minYears, ...backlog } = backlogFigures(roster, input.period);
  const money = moneyFigures(moneyOf(input.months, t.id));
  const per10k = (n: number) => (t.population > 0 ? (n * 10_000) / t.population : null);
  const satisfied = sum((s) => s.satisfaction.satisfied + s.satisfaction.basically_satisfied);
  return {
    townshipId: t.id,
    name: t.name,
    population: t.population,
    cases: {
      registered: sum((s) => s.casesRegistered),
      accepted: sum((s) => s.casesAccepted),
      resolved: sum((s) => s.casesResolved),
    },
    visits: {
      total,
      headcount,
      byLevel,
      byForm: {
        individual: sum((s) => s.visits.byForm.individual),
        collective: sum((s) => s.visits.byForm.collective),
      },
      vsPreviousYear: change(total, previous),
      target: {
        reductionPct: TARGET_REDUCTION_PCT,
        targetVisits,
        met: targetVisits === null ? null : total <= targetVisits,
      },
    },
    escalation: rate(total - byLevel.township, total),
    repeat: rate(
      sum((s) => s.visits.repeat),
      total,
    ),
    onTimeAcceptance: rate(
      sum((s) => s.casesAcceptedOnTime),
      sum((s) => s.casesAccepted),
    ),
    onTimeResolution: rate(
      sum((s) => s.casesResolvedOnTime),
      sum((s) => s.casesResolved),
    ),
    satisfaction: rate(satisfied, satisfied + sum((s) => s.satisfaction.unsatisfied)),
    backlog,
    money,
    perTenThousand: { visits: per10k(total), headcount: per10k(headcount), finesFen: per10k(money.finesFen) },
  };
}

/** Higher is better for rates; lower is better for visits; a missing figure ranks last. */
const desc = (a: number | null, b: number | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : b - a);
const asc = (a: number | null, b: number | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a - b);

export function districtComparison(input: ComparisonInput): Comparison {
  const townships = input.townships.map((t) => townshipFigures(t, input));
  const eligible = townships.filter((t) => t.cases.resolved >= input.minCases);
  const row = (t: TownshipFigures) => ({
    townshipId: t.townshipId,
    name: t.name,
    onTimeResolution: t.onTimeResolution.value,
    satisfaction: t.satisfaction.value,
    visitsPer10k: t.perTenThousand.visits,
    visitChange: t.visits.vsPreviousYear.change,
  });
  const ranked = eligible
    .map(row)
    .sort(
      (a, b) =>
        desc(a.onTimeResolution, b.onTimeResolution) ||
        desc(a.satisfaction, b.satisfaction) ||
        asc(a.visitsPer10k, b.visitsPer10k) ||
        asc(a.visitChange, b.visitChange) ||
        (a.townshipId < b.townshipId ? -1 : 1),
    )
    .map((r, i) => ({ rank: i + 1, ...r }));
  const excluded = townships
    .filter((t) => t.cases.resolved < input.minCases)
    .map((t) => ({
      townshipId: t.townshipId,
      name: t.name,
      casesResolved: t.cases.resolved,
      reason: `本期办结${t.cases.resolved}件，少于${input.minCases}件，数量过少不参与排名`,
    }));
  const months = input.byMonth
    ? [...input.months].map(([month, m]) => ({
        month,
        townships: input.townships.map((t) => {
          const s = m.stats.find((x) => x.townshipId === t.id);
          const satisfied = s ? s.satisfaction.satisfied + s.satisfaction.basically_satisfied : 0;
          return {
            townshipId: t.id,
            visits: s?.visits.total ?? 0,
            byLevel: s?.visits.byLevel ?? { township: 0, district: 0, city: 0, province: 0, national: 0 },
            onTimeResolution: rate(s?.casesResolvedOnTime ?? 0, s?.casesResolved ?? 0),
            satisfaction: rate(satisfied, satisfied + (s?.satisfaction.unsatisfied ?? 0)),
            finesFen: moneyFigures(m.money.filter((x) => x.townshipId === t.id)).finesFen,
          };
        }),
      }))
    : undefined;
  return {
    period: input.period,
    previousPeriod: input.previousPeriod,
    townships,
    rankings: {
      order: ['onTimeResolution', 'satisfaction', 'visitsPer10k', 'visitChange'],
      minCases: input.minCases,
      ranked,
      excluded,
    },
    typicalMix: typicalMix(input.months),
    ...(months ? { months } : {}),
  };
}
