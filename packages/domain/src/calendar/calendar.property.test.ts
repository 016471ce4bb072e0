import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar } from './create-calendar';
import { addDays, daysBetween, wholeYearsBetween } from './iso-date';

const cal = createCalendar();
const date = fc.integer({ min: 0, max: 3_000 }).map((n) => addDays('2019-01-01', n));

describe('calendar properties', () => {
  it('lands the n-th working day on a working day with exactly n working days after the start', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 60 }), (d, n) => {
        const end = cal.addWorkingDays(d, n);
        expect(cal.isWorkingDay(end)).toBe(true);
        let count = 0;
        for (let day = addDays(d, 1); day <= end; day = addDays(day, 1)) if (cal.isWorkingDay(day)) count += 1;
        expect(count).toBe(n);
      }),
    );
  });

  it('adds and subtracts calendar days consistently', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -1_000, max: 1_000 }), (d, n) => {
        expect(daysBetween(d, addDays(d, n))).toBe(n);
        expect(addDays(addDays(d, n), -n)).toBe(d);
      }),
    );
  });

  it('never counts more whole years than 365-day spans', () => {
    fc.assert(
      fc.property(date, date, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const years = wholeYearsBetween(from, to);
        expect(years).toBeGreaterThanOrEqual(0);
        expect(years * 365).toBeLessThanOrEqual(daysBetween(from, to));
        expect((years + 1) * 366).toBeGreaterThan(daysBetween(from, to));
      }),
    );
  });
});
