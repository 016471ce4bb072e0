import type { CaseRecord, IsoDate } from '../model';
import type { OrgIndex } from '../org';

/**
 * The responsible units of a case on a date: the registration's, replaced by any units_changed dated on
 * or before it (by date, then seq). A later change does not move an earlier visit's charge.
 */
export function responsibleUnitsOn(record: CaseRecord, date: IsoDate): string[] {
  let units: string[] = [];
  const events = [...record.events].sort((a, b) => (a.on === b.on ? a.seq - b.seq : a.on < b.on ? -1 : 1));
  let registered = false;
  for (const e of events) {
    if (e.kind === 'registered' && !registered) {
      units = e.responsibleUnitIds;
      registered = true;
    } else if (e.kind === 'units_changed' && e.on <= date) {
      units = e.responsibleUnitIds;
    }
  }
  return units;
}

/** A village case's units are the village and its office (domain.md): responsible units plus the offices of villages. */
export function caseUnitsOn(record: CaseRecord, date: IsoDate, org: OrgIndex): string[] {
  const out = new Set<string>();
  for (const id of responsibleUnitsOn(record, date)) {
    out.add(id);
    const unit = org.unit(id);
    if (unit?.kind === 'village') {
      const office = org.officeOf(id);
      if (office) out.add(office.id);
    }
  }
  return [...out].sort();
}
