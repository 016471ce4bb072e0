import type { Calendar, IsoDate } from '@xinfang/domain';
import { addDays } from '@xinfang/domain';

/** `d3`: within 3 working days; `d1`: within 1 (or due today); `overdue`: the deadline has passed. */
export type ReminderStage = 'd3' | 'd1' | 'overdue';

export const STAGE_LABELS: Record<ReminderStage, string> = {
  d3: '3个工作日内到期',
  d1: '1个工作日内到期',
  overdue: '已逾期',
};

/**
 * Which reminder is due for a deadline on `today`. Working days left are the township's working days after today up
 * to and including the deadline, so a deadline on a rest day (calendar-day rules) counts the working days before it.
 * The stage, not "exactly 3 days", decides: a run that missed a day still sends the reminder it owes, and the
 * message id (which names the stage) keeps it to one per stage.
 */
export function reminderStage(calendar: Calendar, today: IsoDate, deadline: IsoDate): ReminderStage | undefined {
  if (today > deadline) return 'overdue';
  let left = 0;
  for (let day = addDays(today, 1); day <= deadline && left <= 3; day = addDays(day, 1)) {
    if (calendar.isWorkingDay(day)) left += 1;
  }
  if (left <= 1) return 'd1';
  if (left <= 3) return 'd3';
  return undefined;
}
