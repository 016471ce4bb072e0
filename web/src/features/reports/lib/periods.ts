// Calendar arithmetic on the API's period strings ("YYYY-MM", "YYYY-MM-DD"), in plain integers: no Date, so the
// browser's own time zone cannot shift a day.

/** The `count` months ending with `month`, oldest first: ("2026-02", 3) → 2025-12, 2026-01, 2026-02. */
export function monthsEnding(month: string, count: number): string[] {
  const end = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
  return Array.from({ length: count }, (_, i) => {
    const index = end - (count - 1) + i;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

/** The months of `year` up to `latestMonth` (the current month): a year not over yet has no future months. */
export function monthsOfYear(year: number, latestMonth: string): string[] {
  const last = year < Number(latestMonth.slice(0, 4)) ? 12 : Number(latestMonth.slice(5, 7));
  return last < 1 ? [] : monthsEnding(`${year}-${String(last).padStart(2, '0')}`, last);
}

/** The seven dates from `monday` on. */
export function weekDays(monday: string): string[] {
  const [y = 0, m = 1, d = 1] = monday.split('-').map(Number);
  return Array.from({ length: 7 }, (_, i) => {
    // Date.UTC handles month ends and leap years; UTC keeps the local zone out of it.
    const day = new Date(Date.UTC(y, m - 1, d + i));
    return day.toISOString().slice(0, 10);
  });
}
