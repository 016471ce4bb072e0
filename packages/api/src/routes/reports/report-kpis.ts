import { change, rate, yearBefore, type TownshipKpis } from '@xinfang/domain';
import { backlogFigures } from '@xinfang/store';
import type { ReportData } from './report-data';

/**
 * The township KPIs of a period of whole months, from its statistics items, backlog roster and stored money:
 * the same figures as the domain's `computeKpis` over folded cases, read in townships × months items.
 */
export function reportKpis(d: ReportData): TownshipKpis {
  const sum = (f: (m: ReportData['months'][number]) => number) => d.months.reduce((s, m) => s + f(m), 0);
  const total = d.visits.length;
  const byLevel = { township: 0, district: 0, city: 0, province: 0, national: 0 };
  const byForm = { individual: 0, collective: 0 };
  const byUnit: Record<string, number> = {};
  for (const v of d.visits) {
    byLevel[v.level] += 1;
    byForm[v.form] += 1;
    for (const u of v.unitIds) byUnit[u] = (byUnit[u] ?? 0) + 1;
  }
  const headcount = d.visits.reduce((s, v) => s + v.headcount, 0);
  const satisfied = sum((m) => m.satisfaction.satisfied + m.satisfaction.basically_satisfied);
  const population =
    d.org.township.population > 0 ? d.org.township.population : d.org.units.reduce((s, u) => s + u.population, 0);
  const per10k = (n: number) => (population > 0 ? (n * 10_000) / population : null);
  const visitChangeTarget = -d.rules.targets.visitReductionPct / 100;
  // "Down 30%" means at most floor(previous × 0.7) visits; the epsilon absorbs binary fractions like 0.7.
  const targetVisits = d.previousVisits > 0 ? Math.floor(d.previousVisits * (1 + visitChangeTarget) + 1e-9) : null;
  return {
    townshipId: d.org.township.id,
    period: d.period,
    previousPeriod: yearBefore(d.period),
    onTimeResolution: rate(
      sum((m) => m.casesResolvedOnTime),
      sum((m) => m.casesResolved),
    ),
    satisfaction: rate(
      satisfied,
      sum((m) => m.satisfaction.satisfied + m.satisfaction.basically_satisfied + m.satisfaction.unsatisfied),
    ),
    backlog: backlogFigures(d.roster, d.period),
    casesRegistered: sum((m) => m.casesRegistered),
    casesResolved: sum((m) => m.casesResolved),
    visits: { total, headcount, byLevel, byForm, byUnit },
    escalation: rate(total - byLevel.township, total),
    repeat: rate(
      sum((m) => (d.rules.repeatCounting === 'all_levels' ? m.visits.repeatAllLevels : m.visits.repeat)),
      total,
    ),
    perTenThousand: { population, visits: per10k(total), headcount: per10k(headcount) },
    retrievalCostFen: sum((m) => m.retrievalCostFen),
    ledger: { finesFen: d.totals.finesFen, rewardsFen: d.totals.rewardsFen, vetoes: d.totals.vetoes },
    vsPreviousYear: { visits: change(total, d.previousVisits) },
    vsTarget: { visitChangeTarget, targetVisits, met: targetVisits === null ? null : total <= targetVisits },
  };
}
