import { createCalendar } from '@xinfang/domain';
import { describe, expect, it } from 'vitest';
import { reminderStage } from './reminder-stage';

const official = createCalendar();

describe('reminderStage on the 2026 official calendar', () => {
  it('counts 国庆 (10-01…10-07) as rest: on 09-30 a deadline of 10-08 is one working day away', () => {
    expect(reminderStage(official, '2026-09-25', '2026-10-08')).toBeUndefined();
    expect(reminderStage(official, '2026-09-28', '2026-10-08')).toBe('d3');
    expect(reminderStage(official, '2026-09-29', '2026-10-08')).toBe('d3');
    expect(reminderStage(official, '2026-09-30', '2026-10-08')).toBe('d1');
    expect(reminderStage(official, '2026-10-08', '2026-10-08')).toBe('d1');
    expect(reminderStage(official, '2026-10-09', '2026-10-08')).toBe('overdue');
  });

  it('counts the 国庆 make-up Saturday 10-10 as a working day', () => {
    // Without the make-up day only Monday 10-12 would be left (d1).
    expect(reminderStage(official, '2026-10-09', '2026-10-12')).toBe('d3');
    expect(reminderStage(official, '2026-10-10', '2026-10-12')).toBe('d1');
  });

  it('counts 春节 (02-15…02-23) as rest and its make-up Saturday 02-14 as work', () => {
    expect(reminderStage(official, '2026-02-12', '2026-02-24')).toBe('d3');
    expect(reminderStage(official, '2026-02-13', '2026-02-24')).toBe('d3');
    expect(reminderStage(official, '2026-02-14', '2026-02-24')).toBe('d1');
    expect(reminderStage(official, '2026-02-20', '2026-02-24')).toBe('d1');
    expect(reminderStage(official, '2026-02-25', '2026-02-24')).toBe('overdue');
  });

  it("follows the township's own overrides", () => {
    const township = createCalendar({ overrides: [{ date: '2026-09-30', working: false, name: '镇庆' }] });
    expect(reminderStage(township, '2026-09-29', '2026-10-08')).toBe('d1');
    expect(reminderStage(official, '2026-09-29', '2026-10-08')).toBe('d3');
  });
});
