import type { Org } from '@xinfang/domain';
import type { StoredCaseEvent } from '@xinfang/store';
import type { Names } from './present';

/**
 * The names a case page shows: every unit its events name (origin, responsible, retrievals, unit changes) and its
 * case leaders (包案领导, `case_leader` assignments of this case). Only these, not the whole org chart.
 */
export function namesOf(org: Org, events: readonly StoredCaseEvent[], caseId: string): Names {
  const unitIds = new Set<string>();
  for (const { event } of events) {
    if (event.kind === 'registered') [event.originUnitId, ...event.responsibleUnitIds].forEach((u) => unitIds.add(u));
    if (event.kind === 'retrieval') unitIds.add(event.unitId);
    if (event.kind === 'units_changed') event.responsibleUnitIds.forEach((u) => unitIds.add(u));
  }
  const leaderIds = new Set(
    org.assignments.filter((a) => a.role === 'case_leader' && a.caseId === caseId).map((a) => a.personId),
  );
  return {
    units: Object.fromEntries(org.units.filter((u) => unitIds.has(u.id)).map((u) => [u.id, u.name])),
    people: Object.fromEntries(org.people.filter((p) => leaderIds.has(p.id)).map((p) => [p.id, p.name])),
  };
}
