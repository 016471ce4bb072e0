import type { StoredCalendarOverride } from '@xinfang/store';

/**
 * The year's answer: whether the official arrangement (chinese-days) knows it, the township's overrides, and
 * a warning when neither does, since every working-day deadline of that year would then skip weekends only.
 */
export function calendarYear(year: number, officiallyKnown: boolean, overrides: StoredCalendarOverride[]) {
  const warning =
    !officiallyKnown && overrides.length === 0
      ? `系统内置的官方节假日安排尚未包含${year}年，本乡镇也未录入该年的节假日和调休；该年按工作日计算的期限只跳过周末。国务院办公厅公布${year}年安排后，请在此录入。`
      : undefined;
  return { year, officiallyKnown, overrides: overrides.map(presentOverride), ...(warning ? { warning } : {}) };
}

export function presentOverride(o: StoredCalendarOverride) {
  return {
    date: o.date,
    working: o.working,
    ...(o.name ? { name: o.name } : {}),
    updatedAt: o.updatedAt,
    updatedBy: o.updatedBy,
  };
}
