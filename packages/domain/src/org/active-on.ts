import type { Assignment, IsoDate } from '../model';

/** Assignments are inclusive date ranges; an absent `to` is open-ended. */
export function activeOn(a: Pick<Assignment, 'from' | 'to'>, date: IsoDate): boolean {
  return a.from <= date && (a.to === undefined || date <= a.to);
}

/** Whether two inclusive ranges share at least one day. */
export function rangesOverlap(a: Pick<Assignment, 'from' | 'to'>, b: Pick<Assignment, 'from' | 'to'>): boolean {
  const aEndsBeforeB = a.to !== undefined && a.to < b.from;
  const bEndsBeforeA = b.to !== undefined && b.to < a.from;
  return !aEndsBeforeB && !bEndsBeforeA;
}
