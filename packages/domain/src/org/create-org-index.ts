import type { Assignment, AssignmentRole, IsoDate, Org, Person, Unit } from '../model';
import { activeOn } from './active-on';

export interface ResponsibleParties {
  unit: Unit;
  /** 主要责任人 of the unit on that date (secretary / head). */
  main: Person[];
  /**
   * Leading cadres 负有领导责任 for the unit on that date: the liaison (联系) of an office or village,
   * for a village also the liaison of its office; the supervisor (分管) of a department. Deduplicated.
   */
  leadingCadres: Person[];
}

export interface OrgIndex {
  readonly org: Org;
  unit(id: string): Unit | undefined;
  person(id: string): Person | undefined;
  /** The office a village belongs to; an office is its own office; a department has none. */
  officeOf(unitId: string): Unit | undefined;
  villagesOf(officeId: string): Unit[];
  /**
   * Undefined when the unit is unknown, so callers can report the gap instead of crashing. The answer is
   * shared by every date of the same unitEpoch: read it, never change it.
   */
  responsibleFor(unitId: string, date: IsoDate): ResponsibleParties | undefined;
  /**
   * A number equal for two dates when every unit assignment (main, liaison, supervision) is in force on
   * both or on neither, so anything computed from responsibleFor holds for all dates of one epoch.
   */
  unitEpoch(date: IsoDate): number;
  /** 包案 leading cadre(s) of a case on that date (normally one). */
  caseLeaderOf(caseId: string, date: IsoDate): Person[];
  /** 具体责任人 named on a case on that date. */
  staffOf(caseId: string, date: IsoDate): Person[];
}

export function createOrgIndex(org: Org): OrgIndex {
  const units = new Map(org.units.map((u) => [u.id, u]));
  const people = new Map(org.people.map((p) => [p.id, p]));
  const byUnit = new Map<string, Assignment[]>();
  const byCase = new Map<string, Assignment[]>();
  for (const a of org.assignments) {
    const key = a.role === 'case_leader' || a.role === 'staff' ? a.caseId : a.unitId;
    if (key === undefined) continue;
    const map = a.role === 'case_leader' || a.role === 'staff' ? byCase : byUnit;
    map.set(key, [...(map.get(key) ?? []), a]);
  }

  function holders(list: Assignment[] | undefined, roles: AssignmentRole[], date: IsoDate): Person[] {
    const seen = new Set<string>();
    const out: Person[] = [];
    for (const a of list ?? []) {
      if (!roles.includes(a.role) || !activeOn(a, date) || seen.has(a.personId)) continue;
      const p = people.get(a.personId);
      if (!p) continue;
      seen.add(p.id);
      out.push(p);
    }
    return out;
  }

  function officeOf(unitId: string): Unit | undefined {
    const u = units.get(unitId);
    if (!u) return undefined;
    if (u.kind === 'office') return u;
    if (u.kind === 'village' && u.officeId !== undefined) {
      const office = units.get(u.officeId);
      return office?.kind === 'office' ? office : undefined;
    }
    return undefined;
  }

  // Whether an assignment is in force on `date` is `from <= date` and `date <= to` (activeOn): with the
  // starts and ends sorted, the count of starts on or before the date and of ends before it decide every one.
  const unitAssignments = org.assignments.filter(
    (a) => !(a.role === 'case_leader' || a.role === 'staff') && a.unitId !== undefined,
  );
  const starts = unitAssignments.map((a) => a.from).sort();
  const ends = unitAssignments.flatMap((a) => (a.to === undefined ? [] : [a.to])).sort();
  function unitEpoch(date: IsoDate): number {
    return countBelow(starts, date, true) * (ends.length + 1) + countBelow(ends, date, false);
  }

  const answers = new Map<string, Map<number, ResponsibleParties | undefined>>();
  function responsibleFor(unitId: string, date: IsoDate): ResponsibleParties | undefined {
    let byEpoch = answers.get(unitId);
    if (!byEpoch) {
      byEpoch = new Map();
      answers.set(unitId, byEpoch);
    }
    const epoch = unitEpoch(date);
    if (byEpoch.has(epoch)) return byEpoch.get(epoch);
    const answer = computeResponsibleFor(unitId, date);
    byEpoch.set(epoch, answer);
    return answer;
  }

  function computeResponsibleFor(unitId: string, date: IsoDate): ResponsibleParties | undefined {
    const unit = units.get(unitId);
    if (!unit) return undefined;
    const main = holders(byUnit.get(unit.id), ['main'], date);
    let cadres: Person[];
    if (unit.kind === 'department') {
      cadres = holders(byUnit.get(unit.id), ['supervision'], date);
    } else {
      // A cadre who liaises with an office is responsible for its villages as well (domain.md, default rule pack).
      cadres = holders(byUnit.get(unit.id), ['liaison'], date);
      const office = unit.kind === 'village' ? officeOf(unit.id) : undefined;
      if (office) cadres = dedupe([...cadres, ...holders(byUnit.get(office.id), ['liaison'], date)]);
    }
    return { unit, main, leadingCadres: cadres };
  }

  return {
    org,
    unit: (id) => units.get(id),
    person: (id) => people.get(id),
    officeOf,
    villagesOf: (officeId) => org.units.filter((u) => u.kind === 'village' && u.officeId === officeId),
    responsibleFor,
    unitEpoch,
    caseLeaderOf: (caseId, date) => holders(byCase.get(caseId), ['case_leader'], date),
    staffOf: (caseId, date) => holders(byCase.get(caseId), ['staff'], date),
  };
}

/** How many of the sorted `values` are below `date` (or equal to it, with `orEqual`). */
function countBelow(values: readonly string[], date: string, orEqual: boolean): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const v = values[mid] as string;
    if (v < date || (orEqual && v === date)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function dedupe(list: Person[]): Person[] {
  const seen = new Set<string>();
  return list.filter((p) => (seen.has(p.id) ? false : (seen.add(p.id), true)));
}
