import type { CaseRecord, IsoDate } from '../model';
import type { OrgIndex } from '../org';

type Change = { on: IsoDate; units: string[] };

// Records are immutable inputs; the timeline of each is built once per evaluation run and reused per visit.
const timelines = new WeakMap<CaseRecord, { initial: string[]; changes: Change[] }>();

function timeline(record: CaseRecord): { initial: string[]; changes: Change[] } {
  const cached = timelines.get(record);
  if (cached) return cached;
  // The registration with the lowest seq (the first of equals in list order, as a stable sort would give);
  // events are sorted by date only when the case has unit changes at all.
  let registered: Extract<CaseRecord['events'][number], { kind: 'registered' }> | undefined;
  let anyChange = false;
  for (const e of record.events) {
    if (e.kind === 'registered' && (!registered || e.seq < registered.seq)) registered = e;
    if (e.kind === 'units_changed') anyChange = true;
  }
  const initial = registered ? registered.responsibleUnitIds : [];
  const changes: Change[] = [];
  if (anyChange) {
    const events = [...record.events].sort((a, b) => (a.on === b.on ? a.seq - b.seq : a.on < b.on ? -1 : 1));
    for (const e of events) if (e.kind === 'units_changed') changes.push({ on: e.on, units: e.responsibleUnitIds });
  }
  const built = { initial, changes };
  timelines.set(record, built);
  return built;
}

/**
 * The responsible units of a case on a date: the registration's, replaced by any units_changed dated on
 * or before it (by date, then seq). A later change does not move an earlier visit's charge.
 */
export function responsibleUnitsOn(record: CaseRecord, date: IsoDate): string[] {
  const t = timeline(record);
  let units = t.initial;
  for (const c of t.changes) {
    if (c.on > date) break;
    units = c.units;
  }
  return units;
}

/** A village case's units are the village and its office (domain.md): responsible units plus the offices of villages. */
export function caseUnitsOn(record: CaseRecord, date: IsoDate, org: OrgIndex): string[] {
  return caseUnitsFor(responsibleUnitsOn(record, date), org);
}

/** caseUnitsOn for a given list of responsible units: the units plus the offices of villages, sorted. */
export function caseUnitsFor(responsibleUnitIds: readonly string[], org: OrgIndex): string[] {
  const out = new Set<string>();
  for (const id of responsibleUnitIds) {
    out.add(id);
    const unit = org.unit(id);
    if (unit?.kind === 'village') {
      const office = org.officeOf(id);
      if (office) out.add(office.id);
    }
  }
  return [...out].sort();
}
