import { describe, expect, it } from 'vitest';
import { periodLabel, periodOf } from './period-choice';

describe('the periods the ledger page evaluates', () => {
  it('turns a month or a year into the API’s dates, ending today for the current one', () => {
    expect(periodOf({ kind: 'month', month: '2026-02' }, '2026-11-30')).toEqual({
      from: '2026-02-01',
      to: '2026-02-28',
    });
    expect(periodOf({ kind: 'month', month: '2024-02' }, '2026-11-30')).toEqual({
      from: '2024-02-01',
      to: '2024-02-29',
    });
    expect(periodOf({ kind: 'month', month: '2026-11' }, '2026-11-18')).toEqual({
      from: '2026-11-01',
      to: '2026-11-18',
    });
    expect(periodOf({ kind: 'year', year: 2025 }, '2026-11-30')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(periodOf({ kind: 'year', year: 2026 }, '2026-11-30')).toEqual({ from: '2026-01-01', to: '2026-11-30' });
  });

  it('names a period in Chinese, saying when it was cut short', () => {
    expect(periodLabel('2026-10-01_2026-10-31')).toBe('2026年10月');
    expect(periodLabel('2025-01-01_2025-12-31')).toBe('2025年');
    expect(periodLabel('2026-01-01_2026-11-30')).toBe('2026年（截至11月30日）');
    expect(periodLabel('2026-11-01_2026-11-18')).toBe('2026年11月（截至18日）');
    expect(periodLabel('2026-03-15_2026-04-14')).toBe('2026年3月15日至2026年4月14日');
  });
});
