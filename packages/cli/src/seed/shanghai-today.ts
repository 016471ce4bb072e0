import type { IsoDate } from '@xinfang/domain';

/** Today's date in Asia/Shanghai (UTC+8 all year, no daylight saving). The CLI reads the clock; the generator never does. */
export function shanghaiToday(now: Date): IsoDate {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
