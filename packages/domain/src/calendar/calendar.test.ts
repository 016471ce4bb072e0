import { describe, expect, it } from 'vitest';
import { createCalendar } from './create-calendar';

const cal = createCalendar();

describe('official 2026 calendar', () => {
  it('treats 国庆 1–7 October 2026 as rest days and 10 October (a Saturday) as a make-up working day', () => {
    for (let d = 1; d <= 7; d++) expect(cal.isWorkingDay(`2026-10-0${d}`)).toBe(false);
    expect(cal.dayInfo('2026-10-01').name).toBe('国庆节');
    expect(cal.isWorkingDay('2026-10-08')).toBe(true);
    expect(cal.isWorkingDay('2026-10-10')).toBe(true);
    expect(cal.dayInfo('2026-10-10').source).toBe('official');
  });

  it('treats 春节 15–23 February 2026 as rest days and Saturday 14 February as a working day', () => {
    expect(cal.isWorkingDay('2026-02-13')).toBe(true);
    expect(cal.isWorkingDay('2026-02-14')).toBe(true);
    for (let d = 15; d <= 23; d++) expect(cal.isWorkingDay(`2026-02-${d}`)).toBe(false);
    expect(cal.isWorkingDay('2026-02-24')).toBe(true);
    expect(cal.isWorkingDay('2026-02-28')).toBe(true);
  });

  it('keeps ordinary weekends as rest days', () => {
    expect(cal.isWorkingDay('2026-03-07')).toBe(false);
    expect(cal.isWorkingDay('2026-03-08')).toBe(false);
    expect(cal.isWorkingDay('2026-03-09')).toBe(true);
  });
});

describe('working-day arithmetic', () => {
  it('skips the National Day week: 3 working days after Tue 29 Sep 2026 is Fri 9 Oct', () => {
    // 30 Sep (Wed) is a working day, then 1–7 Oct rest, 8 Oct (Thu), 9 Oct (Fri).
    expect(cal.addWorkingDays('2026-09-29', 1)).toBe('2026-09-30');
    expect(cal.addWorkingDays('2026-09-29', 2)).toBe('2026-10-08');
    expect(cal.addWorkingDays('2026-09-29', 3)).toBe('2026-10-09');
    expect(cal.addWorkingDays('2026-09-29', 4)).toBe('2026-10-10');
  });

  it('counts backwards and returns the day itself for n = 0', () => {
    expect(cal.addWorkingDays('2026-10-08', -1)).toBe('2026-09-30');
    expect(cal.addWorkingDays('2026-10-03', 0)).toBe('2026-10-03');
  });

  it('adds calendar days across month and year ends', () => {
    expect(cal.addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(cal.addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(cal.daysBetween('2026-01-01', '2026-03-02')).toBe(60);
    expect(cal.endOfMonth('2024-02-10')).toBe('2024-02-29');
    expect(cal.endOfMonth('2026-12-01')).toBe('2026-12-31');
  });

  it('counts whole years as anniversaries reached', () => {
    expect(cal.wholeYearsBetween('2016-05-10', '2026-05-09')).toBe(9);
    expect(cal.wholeYearsBetween('2016-05-10', '2026-05-10')).toBe(10);
    // 民法典 第二百零二条: no 02-29 in a common year, so the month's last day completes the year.
    expect(cal.wholeYearsBetween('2020-02-29', '2021-02-27')).toBe(0);
    expect(cal.wholeYearsBetween('2020-02-29', '2021-02-28')).toBe(1);
    expect(cal.wholeYearsBetween('2020-02-29', '2025-02-28')).toBe(5);
    expect(cal.wholeYearsBetween('2020-02-29', '2024-02-28')).toBe(3);
    expect(cal.wholeYearsBetween('2020-02-29', '2024-02-29')).toBe(4);
  });
});

describe('years chinese-days does not know', () => {
  it('falls back to weekends only and says it does not know the year', () => {
    expect(cal.knows(2026)).toBe(true);
    expect(cal.knows(2027)).toBe(false);
    // 1 January 2027 is a Friday: without an override it looks like a working day.
    expect(cal.isWorkingDay('2027-01-01')).toBe(true);
    expect(cal.isWorkingDay('2027-01-02')).toBe(false);
  });

  it('lets admin overrides for 2027 win, including a make-up Saturday', () => {
    const withOverrides = createCalendar({
      overrides: [
        { date: '2027-01-01', working: false, name: '元旦' },
        { date: '2027-01-09', working: true, name: '元旦调休上班' },
        { date: '2026-10-10', working: false },
      ],
    });
    expect(withOverrides.knows(2027)).toBe(true);
    expect(withOverrides.isWorkingDay('2027-01-01')).toBe(false);
    expect(withOverrides.dayInfo('2027-01-01')).toEqual({
      date: '2027-01-01',
      working: false,
      source: 'override',
      name: '元旦',
    });
    expect(withOverrides.isWorkingDay('2027-01-09')).toBe(true);
    expect(withOverrides.isWorkingDay('2026-10-10')).toBe(false);
    // Thu 31 Dec 2026 → next working day skips the 1 Jan holiday and the weekend.
    expect(withOverrides.addWorkingDays('2026-12-31', 1)).toBe('2027-01-04');
  });
});
