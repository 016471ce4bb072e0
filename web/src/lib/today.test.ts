import { describe, expect, it } from 'vitest';
import { todayInShanghai, todayValue } from './today';

describe('todayInShanghai', () => {
  it('has already turned the day when UTC has not', () => {
    // 21:30 UTC on 30 November is 05:30 on 1 December in Shanghai.
    expect(todayInShanghai(new Date('2026-11-30T21:30:00Z'))).toBe('2026-12-01');
    expect(todayInShanghai(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
    expect(todayInShanghai(new Date('2026-06-15T04:00:00Z'))).toBe('2026-06-15');
  });

  it('gives date pickers the same day', () => {
    expect(todayValue(new Date('2026-11-30T21:30:00Z')).format('YYYY-MM-DD')).toBe('2026-12-01');
  });
});
