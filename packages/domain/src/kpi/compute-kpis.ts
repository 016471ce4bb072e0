import { wholeYearsBetween } from '../calendar';
import { backlogAgeYears, isUnresolvedOn, resolvedOnTime, type CaseState } from '../case';
import type { Org, VisitForm, VisitLevel } from '../model';
import { inPeriod, yearBefore, type Period } from './period';
import { change, rate } from './rate';
import type { LedgerTotals, TownshipKpis } from './township-kpis';

export interface KpiInput {
  org: Org;
  /** Folded cases; those of other townships are ignored. */
  cases: readonly CaseState[];
  period: Period;
  /** Defaults to the same dates one year earlier. */
  previousPeriod?: Period;
  targets?: { visitChange?: number };
  ledgerTotals?: LedgerTotals;
  /** The rule set's repeat counting; 'same_level' by default. */
  repeatCounting?: 'same_level' | 'all_levels';
  backlogMinYears?: number;
}

export function computeKpis(input: KpiInput): TownshipKpis {
  const { org, period } = input;
  const previousPeriod = input.previousPeriod ?? yearBefore(period);
  const minYears = input.backlogMinYears ?? 1;
  const visitChangeTarget = input.targets?.visitChange ?? -0.3;
  const cases = input.cases.filter((c) => c.townshipId === org.township.id);

  const resolved = cases.filter((c) => inPeriod(c.resolvedOn, period));
  const onTime = resolved.filter((c) => resolvedOnTime(c) === true).length;
  const withFeedback = cases.filter((c) => inPeriod(c.satisfactionOn, period));
  const satisfied = withFeedback.filter(
    (c) => c.satisfaction === 'satisfied' || c.satisfaction === 'basically_satisfied',
  ).length;

  const backlogOpenOn = (date: string) =>
    cases.filter(
      (c) =>
        c.firstRegisteredOn <= date &&
        isUnresolvedOn(c, date) &&
        wholeYearsBetween(c.firstRegisteredOn, date) >= minYears,
    ).length;
  const clearedInPeriod = resolved.filter(
    (c) => c.resolvedOn !== undefined && backlogAgeYears(c, c.resolvedOn) >= minYears,
  ).length;
  const openAtEnd = backlogOpenOn(period.to);

  const byLevel: Record<VisitLevel, number> = { township: 0, district: 0, city: 0, province: 0, national: 0 };
  const byForm: Record<VisitForm, number> = { individual: 0, collective: 0 };
  const byUnit: Record<string, number> = {};
  let total = 0;
  let headcount = 0;
  let escalated = 0;
  let repeats = 0;
  let previousVisits = 0;
  for (const c of cases) {
    for (const v of c.visits) {
      if (inPeriod(v.on, previousPeriod)) previousVisits += 1;
      if (!inPeriod(v.on, period)) continue;
      total += 1;
      headcount += v.headcount;
      byLevel[v.level] += 1;
      byForm[v.form] += 1;
      if (v.level !== 'township') escalated += 1;
      if ((input.repeatCounting === 'all_levels' ? v.ordinalOverall : v.ordinal) > 1) repeats += 1;
      for (const u of c.responsibleUnitIds) byUnit[u] = (byUnit[u] ?? 0) + 1;
    }
  }

  const population =
    org.township.population > 0 ? org.township.population : org.units.reduce((sum, u) => sum + u.population, 0);
  const per10k = (n: number) => (population > 0 ? (n * 10_000) / population : null);
  // "Down 30%" means at most floor(previous × 0.7) visits; the epsilon absorbs binary fractions like 0.7.
  const targetVisits = previousVisits > 0 ? Math.floor(previousVisits * (1 + visitChangeTarget) + 1e-9) : null;

  return {
    townshipId: org.township.id,
    period,
    previousPeriod,
    onTimeResolution: rate(onTime, resolved.length),
    satisfaction: rate(satisfied, withFeedback.length),
    backlog: {
      minYears,
      openAtStart: backlogOpenOn(period.from),
      openAtEnd,
      clearedInPeriod,
      clearedToZero: openAtEnd === 0,
    },
    casesRegistered: cases.filter((c) => inPeriod(c.registeredOn, period)).length,
    casesResolved: resolved.length,
    visits: { total, headcount, byLevel, byForm, byUnit },
    escalation: rate(escalated, total),
    repeat: rate(repeats, total),
    perTenThousand: { population, visits: per10k(total), headcount: per10k(headcount) },
    retrievalCostFen: cases.reduce(
      (sum, c) => sum + c.retrievals.filter((r) => inPeriod(r.on, period)).reduce((s, r) => s + r.costFen, 0),
      0,
    ),
    ...(input.ledgerTotals ? { ledger: input.ledgerTotals } : {}),
    vsPreviousYear: { visits: change(total, previousVisits) },
    vsTarget: { visitChangeTarget, targetVisits, met: targetVisits === null ? null : total <= targetVisits },
  };
}
