import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar';
import { CaseRecord, VisitLevel } from '../model';
import { calendar, settings, type CaseEventInput } from './case-fixtures';
import { foldCase } from './fold-case';

// Generates valid histories: registration, then visits, notices of earlier visits, retrievals, acceptance
// and extensions within the cap, with dates in any order after registration.
const history = fc
  .record({
    visits: fc.array(
      fc.record({
        day: fc.integer({ min: 0, max: 400 }),
        level: fc.constantFrom(...VisitLevel.options),
        headcount: fc.integer({ min: 1, max: 30 }),
      }),
      { maxLength: 12 },
    ),
    retrievals: fc.array(
      fc.record({ day: fc.integer({ min: 0, max: 400 }), costFen: fc.integer({ min: 0, max: 1_000_000 }) }),
      { maxLength: 4 },
    ),
    noticed: fc.array(fc.nat(), { maxLength: 5 }),
    accepted: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
    extensions: fc.array(fc.integer({ min: 1, max: 10 }), { maxLength: 3 }),
  })
  .map(({ visits, retrievals, noticed, accepted, extensions }) => {
    const on = (day: number) => addDays('2025-06-01', day);
    const events: CaseEventInput[] = [
      {
        kind: 'registered',
        on: on(0),
        caseType: 'appeal',
        category: '其他',
        summary: '测试',
        originUnitId: 'v-li',
        responsibleUnitIds: ['v-li'],
      },
    ];
    visits.forEach((v, i) =>
      events.push({
        kind: 'visit',
        on: on(v.day),
        visitId: `v${i}`,
        level: v.level,
        form: v.headcount >= 5 ? 'collective' : 'individual',
        headcount: v.headcount,
        channel: 'visit',
      }),
    );
    if (visits.length > 0)
      noticed.forEach((n) =>
        events.push({ kind: 'notice', on: on(401), visitId: `v${n % visits.length}`, level: 'district' }),
      );
    retrievals.forEach((r) => events.push({ kind: 'retrieval', on: on(r.day), unitId: 'v-li', costFen: r.costFen }));
    if (accepted !== undefined) {
      events.push({ kind: 'accepted', on: on(accepted) });
      extensions.forEach((days) => events.push({ kind: 'extension', on: on(accepted + 30), days }));
    }
    return CaseRecord.parse({ id: 'p', townshipId: 't1', events: events.map((e, i) => ({ ...e, seq: i + 1 })) });
  });

describe('foldCase properties', () => {
  it('gives the same state for any arrival order', () => {
    fc.assert(
      fc.property(
        history.chain((r) => fc.tuple(fc.constant(r), fc.shuffledSubarray(r.events, { minLength: r.events.length }))),
        ([r, shuffled]) => {
          expect(foldCase({ ...r, events: shuffled }, settings, calendar)).toEqual(foldCase(r, settings, calendar));
        },
      ),
    );
  });

  it('numbers each level’s visits 1..k in date order and sums retrieval costs', () => {
    fc.assert(
      fc.property(history, (r) => {
        const s = foldCase(r, settings, calendar);
        for (const level of VisitLevel.options) {
          const atLevel = s.visits.filter((v) => v.level === level);
          expect(atLevel.map((v) => v.ordinal)).toEqual(atLevel.map((_, i) => i + 1));
        }
        expect(s.visits.map((v) => v.ordinalOverall)).toEqual(s.visits.map((_, i) => i + 1));
        expect(s.visits.map((v) => v.on)).toEqual([...s.visits.map((v) => v.on)].sort());
        const costs = r.events.flatMap((e) => (e.kind === 'retrieval' ? [e.costFen] : []));
        expect(s.retrievalCostFen).toBe(costs.reduce((a, b) => a + b, 0));
        expect(s.extensionDaysGranted).toBeLessThanOrEqual(settings.maxExtensionDays);
      }),
    );
  });
});
