import { z } from '@hono/zod-openapi';
import type { IsoDate } from '@xinfang/domain';

/** Asia/Shanghai is UTC+8 all year (no daylight saving), so a fixed offset is exact. */
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;

/** The calendar date in Asia/Shanghai at the instant `now` (take `now` from `c.get('deps').now()`, never a fresh clock). */
export function todayInShanghai(now: Date): IsoDate {
  return new Date(now.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** The month (`YYYY-MM`) in Asia/Shanghai at the instant `now`. */
export function monthInShanghai(now: Date): string {
  return todayInShanghai(now).slice(0, 7);
}

/** A calendar month, `YYYY-MM`. */
export const YearMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM')
  .openapi({ example: '2026-06' });

/** The given day of a `YYYY-MM` month, as an ISO date (the day must exist in every month, i.e. 1–28). */
export function dayOfMonth(month: string, day: number): IsoDate {
  return `${month}-${String(day).padStart(2, '0')}`;
}
