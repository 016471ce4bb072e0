import { describe, expect, it } from 'vitest';
import { formatDateTimeZh, formatDateZh, formatFraction, formatPercent, formatYuan } from './format';

describe('formatYuan', () => {
  it('shows integer fen as yuan with two decimals and thousands separators', () => {
    expect(formatYuan(0)).toBe('¥0.00');
    expect(formatYuan(5)).toBe('¥0.05');
    expect(formatYuan(50000)).toBe('¥500.00');
    expect(formatYuan(123456789)).toBe('¥1,234,567.89');
  });

  it('keeps the sign of reversing entries', () => {
    expect(formatYuan(-20050)).toBe('-¥200.50');
  });

  it('refuses fractional fen rather than rounding silently', () => {
    expect(() => formatYuan(10.5)).toThrow(RangeError);
  });
});

describe('formatDateZh', () => {
  it('writes ISO dates the Chinese way without leading zeros', () => {
    expect(formatDateZh('2025-03-07')).toBe('2025年3月7日');
    expect(formatDateZh('2024-12-25')).toBe('2024年12月25日');
  });

  it('leaves anything that is not an ISO date untouched', () => {
    expect(formatDateZh('昨天')).toBe('昨天');
  });
});

describe('formatDateTimeZh', () => {
  it('shows an instant in Beijing time', () => {
    expect(formatDateTimeZh('2025-03-07T02:05:09Z')).toBe('2025年3月7日 10:05:09');
    // 20:00 UTC is already the next day in Shanghai.
    expect(formatDateTimeZh('2025-12-31T20:00:00.000Z')).toBe('2026年1月1日 04:00:00');
  });
});

describe('formatPercent', () => {
  it('shows a share as a percentage with at most one decimal', () => {
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(0.8)).toBe('80%');
    expect(formatPercent(2 / 3)).toBe('66.7%');
    expect(formatPercent(0)).toBe('0%');
  });

  it('never rounds a shortfall up to 100% nor a few successes down to 0%', () => {
    expect(formatPercent(1999 / 2000)).toBe('99.9%');
    expect(formatPercent(1 / 5000)).toBe('0.1%');
  });

  it('shows a dash when there was nothing to count', () => {
    expect(formatPercent(null)).toBe('—');
  });
});

describe('formatFraction', () => {
  it('shows the counts behind a rate', () => {
    expect(formatFraction({ value: 0.8, numerator: 12, denominator: 15 })).toBe('12/15');
    expect(formatFraction({ value: null, numerator: 0, denominator: 0 })).toBe('0/0');
  });
});
