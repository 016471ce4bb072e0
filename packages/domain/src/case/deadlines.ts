import { daysBetween, wholeYearsBetween } from '../calendar';
import type { IsoDate } from '../model';
import type { CaseState } from './case-state';

/**
 * The resolution deadline as it stood on `date`: acceptance and extensions recorded later do not count.
 * Before acceptance the deadline runs from the acceptance deadline (a unit cannot stop the clock by
 * not accepting).
 */
export function resolutionDeadlineAsOf(state: CaseState, date: IsoDate): IsoDate {
  let best = state.resolutionDeadlineSteps[0];
  for (const step of state.resolutionDeadlineSteps) {
    if (step.from <= date && (!best || step.from > best.from || (step.from === best.from && step.seq > best.seq)))
      best = step;
  }
  return best?.deadline ?? state.resolutionDeadline;
}

/**
 * Whether the case was still unresolved at a moment on `date`.
 * A resolution dated before `date` counts. A resolution dated ON `date` counts only when it was recorded
 * before the event we are judging (its seq is lower than `atSeq`); with no `atSeq` we judge the end of the day,
 * when it counts.
 */
export function isUnresolvedOn(state: CaseState, date: IsoDate, atSeq?: number): boolean {
  if (state.resolvedOn === undefined || state.resolvedOn > date) return true;
  if (state.resolvedOn < date || atSeq === undefined) return false;
  return (state.resolvedSeq ?? 0) > atSeq;
}

/** Past its resolution deadline (as it stood then) and unresolved at that moment: the rule pack's "late". */
export function isOverdue(state: CaseState, date: IsoDate, atSeq?: number): boolean {
  return isUnresolvedOn(state, date, atSeq) && date > resolutionDeadlineAsOf(state, date);
}

/** Resolved on or before the deadline that stood on the resolution date; undefined while unresolved. */
export function resolvedOnTime(state: CaseState): boolean | undefined {
  if (state.resolvedOn === undefined) return undefined;
  return state.resolvedOn <= resolutionDeadlineAsOf(state, state.resolvedOn);
}

export type DeadlineStatusKind = 'resolved_on_time' | 'resolved_late' | 'on_track' | 'due_soon' | 'overdue';

export interface DeadlineStatus {
  kind: DeadlineStatusKind;
  deadline: IsoDate;
  /** Days from `today` to the deadline (negative when overdue); absent once resolved. */
  daysLeft?: number;
  /** Not yet accepted and past the acceptance deadline. */
  acceptanceOverdue: boolean;
}

/** What a case list shows next to a case today. Computed, never stored. */
export function deadlineStatus(state: CaseState, today: IsoDate, dueSoonDays = 7): DeadlineStatus {
  const acceptanceOverdue =
    (state.acceptedOn === undefined || state.acceptedOn > today) && today > state.acceptanceDeadline;
  if (!isUnresolvedOn(state, today) && state.resolvedOn !== undefined) {
    const deadline = resolutionDeadlineAsOf(state, state.resolvedOn);
    return {
      kind: state.resolvedOn <= deadline ? 'resolved_on_time' : 'resolved_late',
      deadline,
      acceptanceOverdue: false,
    };
  }
  const deadline = resolutionDeadlineAsOf(state, today);
  const daysLeft = daysBetween(today, deadline);
  const kind = daysLeft < 0 ? 'overdue' : daysLeft <= dueSoonDays ? 'due_soon' : 'on_track';
  return { kind, deadline, daysLeft, acceptanceOverdue };
}

/**
 * Whole years from first registration to resolution, or to `date` while unresolved on it:
 * the age that decides backlog (积案) status and the 5-to-10-year reward.
 */
export function backlogAgeYears(state: CaseState, date: IsoDate): number {
  const end = !isUnresolvedOn(state, date) && state.resolvedOn !== undefined ? state.resolvedOn : date;
  return wholeYearsBetween(state.firstRegisteredOn, end);
}
