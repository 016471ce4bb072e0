import type { CaseEvent } from '../model';
import type { VisitNotice, VisitState } from './case-state';

type VisitEvent = Extract<CaseEvent, { kind: 'visit' }>;

const byDateSeq = (a: VisitState, b: VisitState) => (a.on === b.on ? a.seq - b.seq : a.on < b.on ? -1 : 1);

/**
 * Adds a visit and renumbers ordinals by (date, seq), so a visit recorded late but dated earlier
 * still counts as the earlier one.
 */
export function withVisit(visits: readonly VisitState[], e: VisitEvent): VisitState[] {
  const added: VisitState = {
    visitId: e.visitId,
    seq: e.seq,
    on: e.on,
    level: e.level,
    form: e.form,
    headcount: e.headcount,
    channel: e.channel,
    ordinal: 0,
    ordinalOverall: 0,
    notices: [],
  };
  // Folds add visits one by one to a list already in (date, seq) order: insert after the last visit that
  // sorts before or with the new one (where the stable sort puts it), and copy only the visits whose
  // numbers change. A list out of order (not built here) is sorted in full, as before.
  let sorted: VisitState[];
  if (isSorted(visits)) {
    let at = visits.length;
    while (at > 0 && byDateSeq(visits[at - 1] as VisitState, added) > 0) at -= 1;
    sorted = visits.slice(0, at);
    sorted.push(added);
    for (let i = at; i < visits.length; i += 1) sorted.push(visits[i] as VisitState);
  } else {
    sorted = [...visits, added].sort(byDateSeq);
  }
  // Counts per level in two small parallel lists: a case meets at most five levels.
  const levels: string[] = [];
  const counts: number[] = [];
  for (let i = 0; i < sorted.length; i += 1) {
    const v = sorted[i] as VisitState;
    let l = levels.indexOf(v.level);
    if (l < 0) l = levels.push(v.level) - 1;
    const n = (counts[l] ?? 0) + 1;
    counts[l] = n;
    if (v === added) {
      added.ordinal = n;
      added.ordinalOverall = i + 1;
    } else if (v.ordinal !== n || v.ordinalOverall !== i + 1) sorted[i] = { ...v, ordinal: n, ordinalOverall: i + 1 };
  }
  return sorted;
}

function isSorted(visits: readonly VisitState[]): boolean {
  for (let i = 1; i < visits.length; i += 1)
    if (byDateSeq(visits[i - 1] as VisitState, visits[i] as VisitState) > 0) return false;
  return true;
}

export function withNotice(visits: readonly VisitState[], visitId: string, notice: VisitNotice): VisitState[] {
  return visits.map((v) => {
    if (v.visitId !== visitId) return v;
    const firstNoticeOn = v.firstNoticeOn === undefined || notice.on < v.firstNoticeOn ? notice.on : v.firstNoticeOn;
    // Object.assign rather than a spread: a spread that adds a key (firstNoticeOn) gets a hidden class of its
    // own in V8, ~4× the memory of the same object built by assignment; the result is the same.
    return Object.assign({}, v, { notices: [...v.notices, notice], firstNoticeOn });
  });
}
