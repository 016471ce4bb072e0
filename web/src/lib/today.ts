import dayjs, { type Dayjs } from 'dayjs';
import { shanghaiWallClock } from './shanghai-time';

/**
 * Today as a township counts it: the calendar date in Shanghai, `YYYY-MM-DD`, whatever the browser's own time zone
 * (a laptop left on UTC would otherwise date a form yesterday for the first eight hours of the day).
 */
export function todayInShanghai(now: Date = new Date()): string {
  return shanghaiWallClock(now).slice(0, 10);
}

/** Shanghai's today as a date-picker value: defaults and "not in the future" limits of forms. */
export function todayValue(now: Date = new Date()): Dayjs {
  return dayjs(todayInShanghai(now));
}
