import { describe, expect, it } from 'vitest';
import { calendar, record, registered, settings, status, visit } from './case-fixtures';
import {
  backlogAgeYears,
  deadlineStatus,
  isOverdue,
  isUnresolvedOn,
  resolutionDeadlineAsOf,
  resolvedOnTime,
} from './deadlines';
import { foldCase } from './fold-case';
import { nextAllowedStatuses } from './status-flow';

// Registered 2 March, accepted 10 March (due 9 May), extended by 20 days on 1 May (due 29 May).
const base = [
  registered('2026-03-02'),
  { kind: 'accepted', on: '2026-03-10' },
  { kind: 'extension', on: '2026-05-01', days: 20 },
] as const;

describe('resolutionDeadlineAsOf', () => {
  const s = foldCase(record([...base]), settings, calendar);
  it('uses the deadline that stood on the date', () => {
    expect(resolutionDeadlineAsOf(s, '2026-03-05')).toBe('2026-05-16'); // not yet accepted: from the acceptance deadline
    expect(resolutionDeadlineAsOf(s, '2026-03-10')).toBe('2026-05-09');
    expect(resolutionDeadlineAsOf(s, '2026-04-30')).toBe('2026-05-09');
    expect(resolutionDeadlineAsOf(s, '2026-05-01')).toBe('2026-05-29');
  });

  it('says overdue the day after the deadline, not on it', () => {
    expect(isOverdue(s, '2026-05-29')).toBe(false);
    expect(isOverdue(s, '2026-05-30')).toBe(true);
  });
});

describe('isUnresolvedOn', () => {
  // Visit v-before (seq 4) and v-after (seq 6) on the resolution day 20 May; resolution is seq 5.
  const s = foldCase(
    record([
      ...base,
      visit('2026-05-20', 'v-before'),
      { kind: 'resolved', on: '2026-05-20' },
      visit('2026-05-20', 'v-after'),
    ]),
    settings,
    calendar,
  );
  it('counts a same-day resolution only for events recorded after it', () => {
    expect(isUnresolvedOn(s, '2026-05-20', 4)).toBe(true);
    expect(isUnresolvedOn(s, '2026-05-20', 6)).toBe(false);
    expect(isUnresolvedOn(s, '2026-05-20')).toBe(false);
    expect(isUnresolvedOn(s, '2026-05-19')).toBe(true);
    expect(isUnresolvedOn(s, '2026-05-21', 1)).toBe(false);
  });
  it('reports the resolution as on time', () => {
    expect(resolvedOnTime(s)).toBe(true);
  });
});

describe('deadlineStatus', () => {
  const open = foldCase(record([...base]), settings, calendar);
  it('shows days left, due soon and overdue', () => {
    expect(deadlineStatus(open, '2026-05-01')).toEqual({
      kind: 'on_track',
      deadline: '2026-05-29',
      daysLeft: 28,
      acceptanceOverdue: false,
    });
    expect(deadlineStatus(open, '2026-05-22')).toMatchObject({ kind: 'due_soon', daysLeft: 7 });
    expect(deadlineStatus(open, '2026-06-01')).toMatchObject({ kind: 'overdue', daysLeft: -3 });
  });
  it('flags a case never accepted past its acceptance deadline', () => {
    const unaccepted = foldCase(record([registered('2026-03-02')]), settings, calendar);
    expect(deadlineStatus(unaccepted, '2026-03-18')).toMatchObject({
      kind: 'on_track',
      acceptanceOverdue: true,
      deadline: '2026-05-16',
    });
  });
  it('marks a late resolution', () => {
    const late = foldCase(
      record([
        registered('2026-03-02'),
        { kind: 'accepted', on: '2026-03-10' },
        { kind: 'resolved', on: '2026-05-10' },
      ]),
      settings,
      calendar,
    );
    expect(deadlineStatus(late, '2026-06-01')).toEqual({
      kind: 'resolved_late',
      deadline: '2026-05-09',
      acceptanceOverdue: false,
    });
    expect(resolvedOnTime(late)).toBe(false);
  });
});

describe('backlogAgeYears', () => {
  const s = foldCase(
    record([registered('2026-01-05', { firstRegisteredOn: '2018-06-01' }), { kind: 'resolved', on: '2026-06-15' }]),
    settings,
    calendar,
  );
  it('counts whole years from first registration to resolution, or to the date while unresolved', () => {
    expect(backlogAgeYears(s, '2026-05-31')).toBe(7);
    expect(backlogAgeYears(s, '2026-06-01')).toBe(8);
    expect(backlogAgeYears(s, '2030-01-01')).toBe(8);
  });
});

describe('nextAllowedStatuses', () => {
  it('walks the workflow and offers 复查 then 复核 once each', () => {
    const steps = [registered('2026-01-01'), status('2026-01-01', 'routed'), status('2026-01-02', 'assigned')];
    expect(nextAllowedStatuses(foldCase(record(steps), settings, calendar))).toEqual(['supervised', 'closed']);
    const closed = [...steps, status('2026-01-20', 'closed')];
    expect(nextAllowedStatuses(foldCase(record(closed), settings, calendar))).toEqual(['feedback', 'review']);
    const reviewed = [...closed, status('2026-02-01', 'review')];
    const r = foldCase(record(reviewed), settings, calendar);
    expect(nextAllowedStatuses(r)).toEqual(['closed']);
    expect(r.reviewDeadline).toBe('2026-03-03');
    const reclosed = [...reviewed, status('2026-02-20', 'closed')];
    expect(nextAllowedStatuses(foldCase(record(reclosed), settings, calendar))).toEqual(['feedback', 're_review']);
    const final = [...reclosed, status('2026-03-01', 're_review'), status('2026-03-20', 'closed')];
    expect(nextAllowedStatuses(foldCase(record(final), settings, calendar))).toEqual(['feedback']);
  });
});
