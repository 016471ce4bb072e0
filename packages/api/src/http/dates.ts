import { z } from '@hono/zod-openapi';
import { IsoDate } from '@xinfang/domain';

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

/** The years the product keeps and reads data in: the township settings (calendar, honours) cover 2000–2099. */
export const FIRST_API_DAY = '2000-01-01';
export const LAST_API_DAY = '2099-12-31';

/** Whether an optional date (already shaped `YYYY-MM-DD`) lies in 2000–2099; for dates inside the domain's schemas. */
export const inApiYears = (d: string | undefined): boolean =>
  d === undefined || (d >= FIRST_API_DAY && d <= LAST_API_DAY);
export const API_YEARS_MESSAGE = '日期应在 2000–2099 年之间';

/**
 * Every date the API takes, in a body, a query or a path: a real `YYYY-MM-DD` day of 2000–2099. Stops at the first
 * failure, so a field is named once. Year 9999 or 1000 is a typo, and past 9999 the date arithmetic throws (a 500).
 */
export const ApiDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD', abort: true })
  .refine((d) => IsoDate.safeParse(d).success, { message: '不存在的日期', abort: true })
  .refine((d) => inApiYears(d), API_YEARS_MESSAGE)
  .openapi({ format: 'date', example: '2026-06-15' });

/** A calendar month, `YYYY-MM`, of 2000–2099. */
export const YearMonth = z
  .string()
  .regex(/^20\d{2}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM（2000–2099 年）')
  .openapi({ example: '2026-06' });

/** The given day of a `YYYY-MM` month, as an ISO date (the day must exist in every month, i.e. 1–28). */
export function dayOfMonth(month: string, day: number): IsoDate {
  return `${month}-${String(day).padStart(2, '0')}`;
}
