import { describe, expect, it } from 'vitest';
import type { MonthlySummary } from '../api/types';
import { isEmptyMonth } from './is-empty-month';

const none = { value: null, numerator: 0, denominator: 0 };
const quiet: MonthlySummary = {
  month: '2030-01',
  title: '西集镇信访工作月小结（2030年1月）',
  onTimeResolution: none,
  satisfaction: none,
  casesRegistered: 0,
  casesResolved: 0,
  backlog: { minYears: 1, openAtEnd: 0, clearedInPeriod: 0 },
  visits: { total: 0, byLevel: [{ level: 'township', label: '到镇', count: 0 }] },
  fines: { count: 0, totalFen: 0 },
};

describe('isEmptyMonth', () => {
  it('finds nothing to show in a month without cases, visits, fines or backlog', () => {
    expect(isEmptyMonth(quiet)).toBe(true);
  });

  it('still shows a month whose only news is an old backlog case still open', () => {
    expect(isEmptyMonth({ ...quiet, backlog: { minYears: 1, openAtEnd: 3, clearedInPeriod: 0 } })).toBe(false);
  });

  it('shows a month with a resolution even when nothing new was registered', () => {
    expect(
      isEmptyMonth({ ...quiet, casesResolved: 1, onTimeResolution: { value: 1, numerator: 1, denominator: 1 } }),
    ).toBe(false);
  });
});
