import { describe, expect, it } from 'vitest';
import { formatMonthZh, isMonth, monthInShanghai } from './month';

describe('monthInShanghai', () => {
  it('names the month as Beijing sees it', () => {
    expect(monthInShanghai(new Date('2026-06-15T04:00:00Z'))).toBe('2026-06');
  });

  it('has already turned the month when UTC has not', () => {
    // 16:30 UTC on 30 November is 00:30 on 1 December in Shanghai.
    expect(monthInShanghai(new Date('2026-11-30T16:30:00Z'))).toBe('2026-12');
    expect(monthInShanghai(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01');
  });
});

describe('isMonth', () => {
  it('accepts only the API month format', () => {
    expect(isMonth('2026-06')).toBe(true);
    expect(isMonth('2026-13')).toBe(false);
    expect(isMonth('2026-6')).toBe(false);
    expect(isMonth(null)).toBe(false);
  });
});

describe('formatMonthZh', () => {
  it('writes months the Chinese way', () => {
    expect(formatMonthZh('2026-06')).toBe('2026年6月');
    expect(formatMonthZh('2025-11')).toBe('2025年11月');
    expect(formatMonthZh('本月')).toBe('本月');
  });
});
