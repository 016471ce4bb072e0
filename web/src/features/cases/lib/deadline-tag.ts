import type { CaseSummaryDto } from '../api/case-types';

export type DeadlineMark = 'overdue' | 'due_soon' | 'resolved' | 'on_track';

/** Natural days a list warns ahead of a resolution deadline (the API's `due_soon` uses the same 7). */
export const DUE_SOON_DAYS = 7;

const dayNumber = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

/** How a list row stands out: overdue (from the API's flag), due within 7 days, resolved, or on track. */
export function deadlineMark(
  c: Pick<CaseSummaryDto, 'overdue' | 'resolvedOn' | 'resolutionDeadline'>,
  today: string,
): { mark: DeadlineMark; daysLeft: number } {
  const daysLeft = dayNumber(c.resolutionDeadline) - dayNumber(today);
  if (c.resolvedOn) return { mark: 'resolved', daysLeft };
  if (c.overdue) return { mark: 'overdue', daysLeft };
  return { mark: daysLeft <= DUE_SOON_DAYS ? 'due_soon' : 'on_track', daysLeft };
}
