import type { IsoDate } from '../model';

// Plain day arithmetic on `YYYY-MM-DD` strings through UTC epoch days: no time zone, no clock.

const MS_PER_DAY = 86_400_000;

function parts(d: IsoDate): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  if (!m) throw new RangeError(`日期格式应为 YYYY-MM-DD：${d}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** Days since 1970-01-01 for a calendar date. */
export function toEpochDay(d: IsoDate): number {
  const [y, m, day] = parts(d);
  return Math.round(Date.UTC(y, m - 1, day) / MS_PER_DAY);
}

export function fromEpochDay(n: number): IsoDate {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(d: IsoDate, n: number): IsoDate {
  return fromEpochDay(toEpochDay(d) + n);
}

/** Signed count of days from `a` to `b` (b − a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toEpochDay(b) - toEpochDay(a);
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekday(d: IsoDate): number {
  return (((toEpochDay(d) + 4) % 7) + 7) % 7;
}

export function yearOf(d: IsoDate): number {
  return parts(d)[0];
}

export function endOfMonth(d: IsoDate): IsoDate {
  const [y, m] = parts(d);
  return fromEpochDay(Math.round(Date.UTC(y, m, 0) / MS_PER_DAY));
}

/**
 * Whole years from `a` to `b` (an age): the count of anniversaries of `a` reached by `b`.
 * A 29 February start reaches its anniversary on 1 March in common years.
 */
export function wholeYearsBetween(a: IsoDate, b: IsoDate): number {
  if (b < a) return -wholeYearsBetween(b, a);
  const [ya] = parts(a);
  const [yb] = parts(b);
  const years = yb - ya;
  // 民法典 第二百零二条: a period in years ends on the corresponding day, or on the month's last day where
  // there is none — so a 02-29 start completes its years on 02-28 of a common year.
  const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const anniversary = a.slice(5) === '02-29' && !leap(yb) ? '02-28' : a.slice(5);
  return b.slice(5) >= anniversary ? years : years - 1;
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}
