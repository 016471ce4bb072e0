import { z } from 'zod';
import { IsoDate, ShortText } from '../model';
import * as iso from './iso-date';
import { officialDay, officiallyKnownYear } from './official-days';

/** An admin's entry for one day: a holiday, or a make-up working day, typically for a year chinese-days does not know yet. */
export const CalendarOverride = z.object({
  date: IsoDate,
  working: z.boolean(),
  name: ShortText.optional(),
});
export type CalendarOverride = z.infer<typeof CalendarOverride>;

export interface CalendarOptions {
  overrides?: readonly CalendarOverride[];
}

export interface DayInfo {
  date: IsoDate;
  working: boolean;
  /** Where the answer came from: an admin override, the official arrangement, or the weekday alone. */
  source: 'override' | 'official' | 'weekday';
  name?: string;
}

export interface Calendar {
  isWorkingDay(d: IsoDate): boolean;
  dayInfo(d: IsoDate): DayInfo;
  addDays(d: IsoDate, n: number): IsoDate;
  /** The n-th working day after `d` (before it for negative n); `d` itself for n = 0. */
  addWorkingDays(d: IsoDate, n: number): IsoDate;
  endOfMonth(d: IsoDate): IsoDate;
  /** Signed days from a to b. */
  daysBetween(a: IsoDate, b: IsoDate): number;
  wholeYearsBetween(a: IsoDate, b: IsoDate): number;
  /** True when the official arrangement or an admin override covers the year; otherwise only weekends are rest days. */
  knows(year: number): boolean;
}

export function createCalendar(options: CalendarOptions = {}): Calendar {
  const overrides = new Map<string, CalendarOverride>();
  const overrideYears = new Set<number>();
  for (const o of options.overrides ?? []) {
    overrides.set(o.date, o);
    overrideYears.add(iso.yearOf(o.date));
  }

  function dayInfo(d: IsoDate): DayInfo {
    const o = overrides.get(d);
    if (o) return { date: d, working: o.working, source: 'override', ...(o.name ? { name: o.name } : {}) };
    const official = officialDay(d);
    if (official) return { date: d, working: official.working, source: 'official', name: official.name };
    const wd = iso.weekday(d);
    return { date: d, working: wd !== 0 && wd !== 6, source: 'weekday' };
  }

  // Working-day counts step one day at a time: remember each day's answer for this calendar's lifetime
  // (one evaluation), so a deadline does not redo the override and official-table lookups.
  const working = new Map<IsoDate, boolean>();
  function isWorkingDay(d: IsoDate): boolean {
    let known = working.get(d);
    if (known === undefined) {
      known = dayInfo(d).working;
      working.set(d, known);
    }
    return known;
  }

  function addWorkingDays(d: IsoDate, n: number): IsoDate {
    const step = n < 0 ? -1 : 1;
    let left = Math.abs(n);
    let day = d;
    while (left > 0) {
      day = iso.addDays(day, step);
      if (isWorkingDay(day)) left -= 1;
    }
    return day;
  }

  return {
    isWorkingDay,
    dayInfo,
    addDays: iso.addDays,
    addWorkingDays,
    endOfMonth: iso.endOfMonth,
    daysBetween: iso.daysBetween,
    wholeYearsBetween: iso.wholeYearsBetween,
    knows: (year) => officiallyKnownYear(year) || overrideYears.has(year),
  };
}
