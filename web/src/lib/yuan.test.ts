import { describe, expect, it } from 'vitest';
import { fenToYuanText, parseYuan } from './yuan';

describe('yuan in the rule editor', () => {
  it('reads what an admin types as exact fen', () => {
    expect(parseYuan('2000')).toBe(200000);
    expect(parseYuan('1,200.5')).toBe(120050);
    expect(parseYuan(' 0.07 ')).toBe(7);
    expect(parseYuan('300元')).toBe(30000);
  });

  it('refuses negatives, three decimals and words', () => {
    for (const bad of ['-5', '1.234', 'abc', '', '1e3']) expect(parseYuan(bad)).toBeUndefined();
  });

  it('writes fen back as the yuan an admin would type', () => {
    expect(fenToYuanText(200000)).toBe('2000');
    expect(fenToYuanText(120050)).toBe('1200.5');
    expect(fenToYuanText(7)).toBe('0.07');
    expect(parseYuan(fenToYuanText(123456))).toBe(123456);
  });
});
