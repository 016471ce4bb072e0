import { describe, expect, it } from 'vitest';
import { monthsEnding, monthsOfYear, weekDays } from './periods';

describe('report periods', () => {
  it('counts months back across a new year', () => {
    expect(monthsEnding('2026-02', 4)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('stops a year that is not over at the current month, and gives a past year all twelve', () => {
    expect(monthsOfYear(2026, '2026-03')).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(monthsOfYear(2025, '2026-03')).toHaveLength(12);
    expect(monthsOfYear(2025, '2026-03').at(-1)).toBe('2025-12');
  });

  it('walks a week over a month end and a leap day', () => {
    expect(weekDays('2028-02-28')).toEqual([
      '2028-02-28',
      '2028-02-29',
      '2028-03-01',
      '2028-03-02',
      '2028-03-03',
      '2028-03-04',
      '2028-03-05',
    ]);
  });
});
