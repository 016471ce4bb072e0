/**
 * Beijing wall-clock time of an instant, whatever the browser's own time zone. China has kept UTC+8 without daylight
 * saving since 1991, so a fixed offset is exact for every date the product records (the API dates events the same way,
 * packages/api/src/http/dates.ts). It also spares the first page load `Intl.DateTimeFormat` with a time zone, whose
 * first use loads the time-zone data (about 60 ms of main thread on a small machine, before the home page can paint).
 */
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;

/** "2026-12-01T03:05:09.000Z" for 2026-12-01 03:05:09 in Shanghai: an ISO string of the wall clock (no zone). */
export function shanghaiWallClock(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString();
}
