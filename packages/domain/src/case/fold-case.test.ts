import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../calendar';
import { calendar, record, registered, settings, status, visit } from './case-fixtures';
import { CaseTransitionError } from './case-transition-error';
import { DeadlineSettings } from './deadline-settings';
import { foldCase, tryFoldCase } from './fold-case';

const fullCase = record([
  registered('2026-03-02', { responsibleUnitIds: ['v-li'] }),
  { kind: 'accepted', on: '2026-03-10' },
  status('2026-03-10', 'routed'),
  visit('2026-03-20', 'v1', 'township'),
  visit('2026-04-02', 'v2', 'district', 'collective', 6),
  { kind: 'notice', on: '2026-04-05', visitId: 'v2', level: 'district' },
  status('2026-04-06', 'assigned'),
  { kind: 'retrieval', on: '2026-04-07', unitId: 'v-li', costFen: 35_000 },
  { kind: 'units_changed', on: '2026-04-08', responsibleUnitIds: ['v-li', 'dep-civil'] },
  { kind: 'extension', on: '2026-05-01', days: 20 },
  status('2026-05-02', 'supervised'),
  { kind: 'retrieval', on: '2026-05-03', unitId: 'dep-civil', costFen: 12_050 },
  visit('2026-05-10', 'v3', 'township'),
  { kind: 'notice', on: '2026-05-12', visitId: 'v2', level: 'city' },
  { kind: 'resolved', on: '2026-05-20' },
  status('2026-05-22', 'closed'),
  { kind: 'satisfaction', on: '2026-05-25', result: 'basically_satisfied' },
]);

describe('foldCase', () => {
  it('folds a full case into its state with hand-computed deadlines', () => {
    const s = foldCase(fullCase, settings, calendar);
    expect(s).toMatchObject({
      caseId: 'case-1',
      status: 'feedback',
      caseType: 'appeal',
      originUnitId: 'v-li',
      responsibleUnitIds: ['v-li', 'dep-civil'],
      registeredOn: '2026-03-02',
      firstRegisteredOn: '2026-03-02',
      acceptedOn: '2026-03-10',
      acceptanceDeadline: '2026-03-17', // 2 March + 15 days
      extensionDaysGranted: 20,
      resolutionDeadline: '2026-05-29', // 10 March + 60 + 20 days
      resolutionDeadlineProvisional: false,
      resolvedOn: '2026-05-20',
      closedOn: '2026-05-22',
      satisfaction: 'basically_satisfied',
      satisfactionOn: '2026-05-25',
      retrievalCostFen: 47_050,
      seriousImpact: false,
    });
    expect(s.resolutionDeadlineSteps.map((d) => [d.reason, d.from, d.deadline])).toEqual([
      ['provisional', '2026-03-02', '2026-05-16'], // acceptance deadline 17 March + 60
      ['accepted', '2026-03-10', '2026-05-09'],
      ['extension', '2026-05-01', '2026-05-29'],
    ]);
    expect(s.visits.map((v) => [v.visitId, v.level, v.ordinal, v.ordinalOverall, v.firstNoticeOn])).toEqual([
      ['v1', 'township', 1, 1, undefined],
      ['v2', 'district', 1, 2, '2026-04-05'],
      ['v3', 'township', 2, 3, undefined],
    ]);
    expect(s.visits[1]?.notices.map((n) => n.level)).toEqual(['district', 'city']);
    expect(s.visits[1]).toMatchObject({ form: 'collective', headcount: 6, channel: 'visit', seq: 5 });
  });

  it('numbers visits by date even when one is recorded late', () => {
    const s = foldCase(
      record([
        registered('2026-01-05'),
        visit('2026-02-01', 'late-recorded-second'),
        visit('2026-01-20', 'first'),
        visit('2026-03-01', 'third', 'city'),
      ]),
      settings,
      calendar,
    );
    expect(s.visits.map((v) => [v.visitId, v.ordinal, v.ordinalOverall])).toEqual([
      ['first', 1, 1],
      ['late-recorded-second', 2, 2],
      ['third', 1, 3],
    ]);
  });

  it('counts working days when the township says so, skipping 中秋 and 国庆 2026', () => {
    const working = DeadlineSettings.parse({ dayKind: 'working' });
    const s = foldCase(record([registered('2026-09-21'), { kind: 'accepted', on: '2026-09-30' }]), working, calendar);
    // 22–24 Sep, 28–30 Sep, 8–10 Oct (10 Oct is a make-up Saturday), 12–16 Oct, 19 Oct: the 15th working day.
    expect(s.acceptanceDeadline).toBe('2026-10-19');
    expect(s.resolutionDeadline).toBe(createCalendar().addWorkingDays('2026-09-30', 60));
  });

  it('keeps the first registration date of an imported backlog case', () => {
    const s = foldCase(
      record([registered('2026-01-05', { firstRegisteredOn: '2017-06-01' }), visit('2019-04-01', 'old')]),
      settings,
      calendar,
    );
    expect(s.firstRegisteredOn).toBe('2017-06-01');
    expect(s.visits).toHaveLength(1);
  });

  it('treats closing without an explicit 办结 as resolution on the closing date', () => {
    const s = foldCase(
      record([
        registered('2026-01-05'),
        status('2026-01-06', 'routed'),
        status('2026-01-07', 'assigned'),
        status('2026-02-01', 'closed'),
      ]),
      settings,
      calendar,
    );
    expect(s).toMatchObject({ status: 'closed', resolvedOn: '2026-02-01', resolvedSeq: 4 });
  });

  it('gives the same state whatever order the events arrive in', () => {
    const expected = foldCase(fullCase, settings, calendar);
    fc.assert(
      fc.property(fc.shuffledSubarray(fullCase.events, { minLength: fullCase.events.length }), (events) => {
        expect(foldCase({ ...fullCase, events }, settings, calendar)).toEqual(expected);
      }),
    );
  });
});

describe('impossible events', () => {
  const cases: [string, Parameters<typeof record>[0], string, number][] = [
    ['a case must start with registration', [{ kind: 'accepted', on: '2026-01-01' }], 'not_registered_first', 1],
    ['registration happens once', [registered('2026-01-01'), registered('2026-01-02')], 'already_registered', 2],
    [
      'acceptance happens once',
      [registered('2026-01-01'), { kind: 'accepted', on: '2026-01-02' }, { kind: 'accepted', on: '2026-01-03' }],
      'already_accepted',
      3,
    ],
    [
      'no extension before acceptance',
      [registered('2026-01-01'), { kind: 'extension', on: '2026-01-02', days: 10 }],
      'not_accepted',
      2,
    ],
    [
      'extensions stop at the 30-day cap',
      [
        registered('2026-01-01'),
        { kind: 'accepted', on: '2026-01-02' },
        { kind: 'extension', on: '2026-02-01', days: 20 },
        { kind: 'extension', on: '2026-02-20', days: 11 },
      ],
      'extension_over_cap',
      4,
    ],
    [
      'a notice must name a visit of the case',
      [registered('2026-01-01'), { kind: 'notice', on: '2026-01-02', visitId: 'nope', level: 'district' }],
      'unknown_visit',
      2,
    ],
    [
      'a visit id is used once',
      [registered('2026-01-01'), visit('2026-01-02', 'v1'), visit('2026-01-03', 'v1')],
      'duplicate_visit',
      3,
    ],
    [
      'satisfaction only after closing',
      [registered('2026-01-01'), { kind: 'satisfaction', on: '2026-01-02', result: 'satisfied' }],
      'satisfaction_before_closing',
      2,
    ],
    [
      'no skipping from intake to closing',
      [registered('2026-01-01'), status('2026-01-02', 'closed')],
      'bad_transition',
      2,
    ],
    [
      'no 复核 before a 复查',
      [
        registered('2026-01-01'),
        status('2026-01-01', 'routed'),
        status('2026-01-01', 'assigned'),
        status('2026-01-02', 'closed'),
        status('2026-01-03', 're_review'),
      ],
      'bad_transition',
      5,
    ],
    [
      '办结 once',
      [registered('2026-01-01'), { kind: 'resolved', on: '2026-01-02' }, { kind: 'resolved', on: '2026-01-03' }],
      'already_resolved',
      3,
    ],
    ['no event before registration', [registered('2026-01-10'), visit('2026-01-02', 'v1')], 'before_registration', 2],
  ];
  it.each(cases)('%s', (_label, events, code, seq) => {
    const result = tryFoldCase(record(events), settings, calendar);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toBeInstanceOf(CaseTransitionError);
      expect(result.error).toMatchObject({ code, seq, caseId: 'case-1' });
      expect(result.error.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('rejects two events with the same seq, whatever their order', () => {
    const r = record([registered('2026-01-01'), visit('2026-01-02', 'v1'), visit('2026-01-03', 'v2')]);
    const events = r.events.map((e) => (e.seq === 3 ? { ...e, seq: 2 } : e));
    expect(tryFoldCase({ ...r, events }, settings, calendar)).toMatchObject({
      ok: false,
      error: { code: 'duplicate_seq', seq: 2 },
    });
    expect(tryFoldCase({ ...r, events: [...events].reverse() }, settings, calendar)).toMatchObject({
      ok: false,
      error: { code: 'duplicate_seq', seq: 2 },
    });
  });

  it('does not allow 办结 during a 复查: the case was resolved before', () => {
    const r = record([
      registered('2026-01-01'),
      status('2026-01-01', 'routed'),
      status('2026-01-01', 'assigned'),
      status('2026-01-20', 'closed'),
      status('2026-02-01', 'review'),
      { kind: 'resolved', on: '2026-02-10' },
    ]);
    expect(() => foldCase(r, settings, calendar)).toThrow(CaseTransitionError);
  });

  it('allows visits after closing: they are the repeat visits', () => {
    const s = foldCase(
      record([
        registered('2026-01-01'),
        status('2026-01-01', 'routed'),
        status('2026-01-01', 'assigned'),
        status('2026-01-20', 'closed'),
        visit('2026-03-01', 'after'),
      ]),
      settings,
      calendar,
    );
    expect(s.visits.map((v) => v.visitId)).toEqual(['after']);
  });
});
