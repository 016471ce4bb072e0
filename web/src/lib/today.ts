import dayjs, { type Dayjs } from 'dayjs';

/**
 * Today as a township counts it: the calendar date in Shanghai, `YYYY-MM-DD`, whatever the browser's own time zone
 * (a laptop left on UTC would otherwise date a form yesterday for the first eight hours of the day).
 */
export function todayInShanghai(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}

/** Shanghai's today as a date-picker value: defaults and "not in the future" limits of forms. */
export function todayValue(now: Date = new Date()): Dayjs {
  return dayjs(todayInShanghai(now));
}
