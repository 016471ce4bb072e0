import { resolvedOnTime, type CaseState, type Satisfaction, type VisitForm, type VisitLevel } from '@xinfang/domain';
import { z } from 'zod';

const counts = <K extends string>(keys: readonly [K, ...K[]]) =>
  z.object(Object.fromEntries(keys.map((k) => [k, z.number().int()])) as Record<K, z.ZodNumber>);
const LEVELS = ['township', 'district', 'city', 'province', 'national'] as const satisfies readonly VisitLevel[];
const FORMS = ['individual', 'collective'] as const satisfies readonly VisitForm[];
const SATISFACTION = ['satisfied', 'basically_satisfied', 'unsatisfied'] as const satisfies readonly Satisfaction[];

export const MonthVisit = z.object({
  on: z.string(),
  caseId: z.string(),
  /** 编号 of the case as officials quote it (xiji-2026-046). Absent on items written before it was kept: show `caseId` then. */
  caseNumber: z.string().optional(),
  level: z.enum(LEVELS),
  form: z.enum(FORMS),
  headcount: z.number().int(),
  unitIds: z.array(z.string()),
  /** The visit's id within its case (what a district notice names); absent on items written before it was kept. */
  visitId: z.string().optional(),
  /** The levels that have notified the visit (通报), in the order given. */
  noticedBy: z.array(z.enum(['district', 'city', 'province', 'national'])).default([]),
});
export type MonthVisit = z.infer<typeof MonthVisit>;

/** The 编号 to show for a listed visit's case: its id on items written before the number was kept. */
export const visitCaseNumber = (v: Pick<MonthVisit, 'caseId' | 'caseNumber'>): string => v.caseNumber ?? v.caseId;

/**
 * One township's figures for one month: what a district comparison reads, one item per township and month
 * whatever the number of cases. Counts only: never a petitioner, never a case's text.
 */
export const TownshipMonthStats = z.object({
  districtId: z.string(),
  townshipId: z.string(),
  /** `YYYY-MM` */
  month: z.string(),
  visits: z.object({
    total: z.number().int(),
    headcount: z.number().int(),
    /** Visits that were not the first at their level on their case (repeats = ordinal − 1 > 0). */
    repeat: z.number().int(),
    byLevel: counts(LEVELS),
    byForm: counts(FORMS),
    /** Repeats counted among all of the case's visits, for townships whose rules count "all levels". */
    repeatAllLevels: z.number().int().default(0),
    /** Unit id → visits (a visit counts once for each of its case's units). */
    byUnit: z.record(z.string(), z.number().int()).default({}),
    /** The month's visits, date order: what the weekly report lists. Case ids and unit ids, never a petitioner. */
    list: z.array(MonthVisit).default([]),
  }),
  /** 通报 of the township's visits dated in the month. */
  notices: z.number().int(),
  casesRegistered: z.number().int(),
  /** Cases accepted (受理) in the month, and of those, accepted by their acceptance deadline. */
  casesAccepted: z.number().int().default(0),
  casesAcceptedOnTime: z.number().int().default(0),
  casesResolved: z.number().int(),
  casesResolvedOnTime: z.number().int(),
  satisfaction: counts(SATISFACTION),
  retrievals: z.number().int(),
  retrievalCostFen: z.number().int(),
});
export type TownshipMonthStats = z.infer<typeof TownshipMonthStats>;

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** The month's figures from the folded cases of the township; a pure function of the events, so replays converge. */
export function computeMonthStats(
  ids: { districtId: string; townshipId: string; month: string },
  cases: readonly CaseState[],
): TownshipMonthStats {
  const inMonth = (date: string | undefined) => date !== undefined && date.slice(0, 7) === ids.month;
  const stats: TownshipMonthStats = {
    ...ids,
    visits: {
      total: 0,
      headcount: 0,
      repeat: 0,
      byLevel: zeros(LEVELS),
      byForm: zeros(FORMS),
      repeatAllLevels: 0,
      byUnit: {},
      list: [],
    },
    notices: 0,
    casesRegistered: 0,
    casesAccepted: 0,
    casesAcceptedOnTime: 0,
    casesResolved: 0,
    casesResolvedOnTime: 0,
    satisfaction: zeros(SATISFACTION),
    retrievals: 0,
    retrievalCostFen: 0,
  };
  for (const c of cases) {
    for (const v of c.visits) {
      for (const n of v.notices) if (inMonth(n.on)) stats.notices += 1;
      if (!inMonth(v.on)) continue;
      stats.visits.total += 1;
      stats.visits.headcount += v.headcount;
      stats.visits.byLevel[v.level] += 1;
      stats.visits.byForm[v.form] += 1;
      if (v.ordinal > 1) stats.visits.repeat += 1;
      if (v.ordinalOverall > 1) stats.visits.repeatAllLevels += 1;
      for (const u of c.responsibleUnitIds) stats.visits.byUnit[u] = (stats.visits.byUnit[u] ?? 0) + 1;
      stats.visits.list.push({
        on: v.on,
        caseId: c.caseId,
        caseNumber: c.number,
        level: v.level,
        form: v.form,
        headcount: v.headcount,
        unitIds: [...c.responsibleUnitIds],
        visitId: v.visitId,
        noticedBy: v.notices.map((n) => n.level),
      });
    }
    if (inMonth(c.registeredOn)) stats.casesRegistered += 1;
    if (c.acceptedOn !== undefined && inMonth(c.acceptedOn)) {
      stats.casesAccepted += 1;
      if (c.acceptedOn <= c.acceptanceDeadline) stats.casesAcceptedOnTime += 1;
    }
    if (inMonth(c.resolvedOn)) {
      stats.casesResolved += 1;
      if (resolvedOnTime(c) === true) stats.casesResolvedOnTime += 1;
    }
    if (c.satisfaction && inMonth(c.satisfactionOn)) stats.satisfaction[c.satisfaction] += 1;
    for (const r of c.retrievals) {
      if (!inMonth(r.on)) continue;
      stats.retrievals += 1;
      stats.retrievalCostFen += r.costFen;
    }
  }
  // Sorted so that the item does not depend on the order the cases were read in.
  stats.visits.list.sort((a, b) =>
    a.on + a.caseId < b.on + b.caseId ? -1 : a.on + a.caseId > b.on + b.caseId ? 1 : 0,
  );
  return stats;
}
