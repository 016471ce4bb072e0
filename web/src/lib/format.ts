/**
 * Chinese formatting of the two kinds of value officials read most: money
 * (stored as integer fen, shown as yuan) and ISO dates (shown as 2025年3月7日).
 */
import { shanghaiWallClock } from './shanghai-time';

/** 123456 fen → "¥1,234.56". Integer arithmetic only: no float rounding drift. */
export function formatYuan(fen: number): string {
  if (!Number.isInteger(fen)) throw new RangeError(`fen must be an integer, got ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.trunc(abs / 100);
  const cents = abs % 100;
  const grouped = yuan.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}¥${grouped}.${cents.toString().padStart(2, '0')}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2025-03-07" → "2025年3月7日". Anything else is returned unchanged. */
export function formatDateZh(isoDate: string): string {
  const m = ISO_DATE.exec(isoDate);
  if (!m) return isoDate;
  const [, y, mo, d] = m;
  return `${y}年${Number(mo)}月${Number(d)}日`;
}

/**
 * An instant ("2025-03-07T02:05:09Z") as Beijing wall-clock time,
 * "2025年3月7日 10:05:09", whatever the browser's own time zone.
 */
export function formatDateTimeZh(isoInstant: string): string {
  const date = new Date(isoInstant);
  if (Number.isNaN(date.getTime())) return isoInstant;
  const wall = shanghaiWallClock(date);
  return `${formatDateZh(wall.slice(0, 10))} ${wall.slice(11, 19)}`;
}

/** A share as the API reports it: `value` is null when there was nothing to count (0/0). */
export interface Rate {
  value: number | null;
  numerator: number;
  denominator: number;
}

/**
 * 0.8 → "80%", 2/3 → "66.7%", null → "—". One decimal at most, but never
 * rounded onto 100% or 0%: 1999/2000 on time is not "all on time".
 */
export function formatPercent(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '—';
  let tenths = Math.round(value * 1000);
  if (value < 1 && tenths >= 1000) tenths = 999;
  if (value > 0 && tenths <= 0) tenths = 1;
  const whole = Math.trunc(tenths / 10);
  const rest = Math.abs(tenths % 10);
  return rest === 0 ? `${whole}%` : `${whole}.${rest}%`;
}

/** The counts behind a rate, "12/15", so a reader can judge a 100% of 1/1. */
export function formatFraction(rate: Rate): string {
  return `${rate.numerator}/${rate.denominator}`;
}
