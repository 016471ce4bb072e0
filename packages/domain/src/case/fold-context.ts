import type { Calendar } from '../calendar';
import type { IsoDate } from '../model';
import type { DeadlineSettings } from './deadline-settings';

export interface FoldContext {
  settings: DeadlineSettings;
  calendar: Calendar;
}

/** `days` natural or working days after `from`, per the township's dayKind. */
export function addPeriod(ctx: FoldContext, from: IsoDate, days: number): IsoDate {
  return ctx.settings.dayKind === 'working'
    ? ctx.calendar.addWorkingDays(from, days)
    : ctx.calendar.addDays(from, days);
}
