import type { IsoDate } from '../model';

// Plain day arithmetic on `YYYY-MM-DD` strings through UTC epoch days: no time zone, no clock.

const MS_PER_DAY = 86_400_000;

function parts(d: IsoDate): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  if (!m) throw new RangeError(`日期格式应为 YYYY-MM-DD：${d}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

const DIGIT_0 = 48;
const DASH = 45;

/** The value of two or four ASCII digits at `at`, or -1 when any is not a digit. */
function digits(d: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i += 1) {
    const c = d.charCodeAt(i) - DIGIT_0;
    if (c < 0 || c > 9) return -1;
    value = value * 10 + c;
  }
  return value;
}

// The evaluator does date arithmetic per event and per visit: the paths below parse by character codes
// and convert with H. Hinnant's civil-calendar formulas instead of a regex, a Date and toISOString. They
// answer exactly as Date.UTC does (day overflow rolls into the next month) and hand anything unusual
// (years before 100, which Date.UTC maps to 19xx; months outside 1–12; bad formats) to the Date-based path.
function civilToEpochDay(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

const twoDigits = Array.from({ length: 32 }, (_, i) => String(i).padStart(2, '0'));

/** Days since 1970-01-01 for a calendar date. */
export function toEpochDay(d: IsoDate): number {
  if (d.length === 10 && d.charCodeAt(4) === DASH && d.charCodeAt(7) === DASH) {
    const y = digits(d, 0, 4);
    const m = digits(d, 5, 2);
    const day = digits(d, 8, 2);
    if (y >= 100 && m >= 1 && m <= 12 && day >= 0) return civilToEpochDay(y, m, day);
  }
  const [y, m, day] = parts(d);
  return Math.round(Date.UTC(y, m - 1, day) / MS_PER_DAY);
}

// Deadlines and due dates land on a few thousand days: each day's string is built once (1970–2199).
const dayStrings: (IsoDate | undefined)[] = [];
const CACHED_DAYS = 84_000;

export function fromEpochDay(n: number): IsoDate {
  if (Number.isInteger(n) && n >= 0 && n < CACHED_DAYS) {
    const known = dayStrings[n];
    if (known !== undefined) return known;
    const made = civilFromEpochDay(n);
    dayStrings[n] = made;
    return made;
  }
  return civilFromEpochDay(n);
}

function civilFromEpochDay(n: number): IsoDate {
  if (Number.isInteger(n)) {
    const z = n + 719468;
    const era = Math.floor(z / 146097);
    const doe = z - era * 146097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
    const m = mp < 10 ? mp + 3 : mp - 9;
    const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    if (y >= 1000 && y <= 9999) return `${y}-${twoDigits[m] ?? ''}-${twoDigits[day] ?? ''}`;
  }
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
