import { shanghaiWallClock } from './shanghai-time';

/**
 * Months as the API names them ("2026-06"), and which month it is now in
 * Beijing: a township's month turns at midnight Shanghai time, whatever the
 * browser's own time zone.
 */
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function isMonth(value: string | null | undefined): value is string {
  return typeof value === 'string' && MONTH.test(value);
}

/** The Shanghai calendar month of an instant, e.g. 2026-11-30T16:30Z → "2026-12". */
export function monthInShanghai(instant: Date): string {
  return shanghaiWallClock(instant).slice(0, 7);
}

/** "2026-06" → "2026年6月". Anything else is returned unchanged. */
export function formatMonthZh(month: string): string {
  if (!isMonth(month)) return month;
  return `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
}
