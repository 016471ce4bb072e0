import type { MonthlySummary } from '../api/types';

/**
 * A month with nothing to report: no case registered or resolved, no visit,
 * no fine and no backlog. Such a month (a future one, or one before the
 * township started using the system) shows an empty state, not a wall of zeros.
 */
export function isEmptyMonth(s: MonthlySummary): boolean {
  return (
    s.casesRegistered === 0 &&
    s.casesResolved === 0 &&
    s.onTimeResolution.denominator === 0 &&
    s.satisfaction.denominator === 0 &&
    s.visits.total === 0 &&
    s.fines.count === 0 &&
    s.backlog.openAtEnd === 0 &&
    s.backlog.clearedInPeriod === 0
  );
}
