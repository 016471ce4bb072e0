import type { CaseEvent } from '../model';
import type { VisitNotice, VisitState } from './case-state';

type VisitEvent = Extract<CaseEvent, { kind: 'visit' }>;

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
  const sorted = [...visits, added].sort((a, b) => (a.on === b.on ? a.seq - b.seq : a.on < b.on ? -1 : 1));
  const perLevel = new Map<string, number>();
  return sorted.map((v, i) => {
    const n = (perLevel.get(v.level) ?? 0) + 1;
    perLevel.set(v.level, n);
    return { ...v, ordinal: n, ordinalOverall: i + 1 };
  });
}

export function withNotice(visits: readonly VisitState[], visitId: string, notice: VisitNotice): VisitState[] {
  return visits.map((v) => {
    if (v.visitId !== visitId) return v;
    const firstNoticeOn = v.firstNoticeOn === undefined || notice.on < v.firstNoticeOn ? notice.on : v.firstNoticeOn;
    return { ...v, notices: [...v.notices, notice], firstNoticeOn };
  });
}
