import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, maxDate } from '../calendar';
import { CaseRecord, type CaseEvent } from '../model';
import { defaultRuleSet, type RuleSet } from '../rules';
import type { Ledger } from './ledger';
import { finesOf, mkCase, run } from './test-fixtures';

const levels = ['township', 'district', 'city', 'province', 'national'] as const;
const visitArb = fc.record({
  day: fc.integer({ min: 0, max: 364 }),
  level: fc.constantFrom(...levels),
  form: fc.constantFrom('individual' as const, 'collective' as const),
  notice: fc.option(fc.constantFrom('district' as const, 'city' as const), { nil: undefined }),
});
const caseArb = fc.record({
  unit: fc.constantFrom('v1', 'v2', 'v3', 'o2', 'd1'),
  opened: fc.integer({ min: 0, max: 200 }),
  visits: fc.array(visitArb, { minLength: 1, maxLength: 6 }),
  resolved: fc.option(fc.integer({ min: 0, max: 364 }), { nil: undefined }),
  serious: fc.boolean(),
});
type VisitSpec = typeof visitArb extends fc.Arbitrary<infer T> ? T : never;
type CaseSpec = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

const day = (n: number) => addDays('2026-01-01', n);

function build(spec: CaseSpec, i: number): CaseRecord {
  const id = `case-${i}`;
  const events: CaseEvent[] = [
    {
      seq: 1,
      on: day(spec.opened),
      kind: 'registered',
      caseType: 'appeal',
      category: '土地',
      summary: '随机',
      originUnitId: spec.unit,
      responsibleUnitIds: [spec.unit],
    },
    { seq: 2, on: day(spec.opened), kind: 'accepted' },
  ];
  spec.visits.forEach((v, k) => {
    const on = day(Math.max(spec.opened, v.day));
    const visitId = `${id}-v${k}`;
    events.push({
      seq: events.length + 1,
      on,
      kind: 'visit',
      visitId,
      channel: 'visit',
      level: v.level,
      form: v.form,
      headcount: v.form === 'collective' ? 5 : 1,
    });
    if (v.notice) events.push({ seq: events.length + 1, on, kind: 'notice', visitId, level: v.notice });
  });
  if (spec.resolved !== undefined)
    events.push({ seq: events.length + 1, on: day(Math.max(spec.opened, spec.resolved)), kind: 'resolved' });
  if (spec.serious) events.push({ seq: events.length + 1, on: day(spec.opened), kind: 'serious_impact' });
  return CaseRecord.parse({ id, townshipId: 't1', events });
}

const casesArb = fc.array(caseArb, { minLength: 1, maxLength: 8 }).map((specs) => specs.map(build));

function finesByPerson(l: Ledger): Map<string, number> {
  return new Map(l.totals.byPerson.map((p) => [p.personId, p.finesFen]));
}

function withExtraVisit(c: CaseRecord, on: string, v: VisitSpec): CaseRecord {
  const seq = Math.max(...c.events.map((e) => e.seq)) + 1;
  const visitId = `${c.id}-extra`;
  const headcount = v.form === 'collective' ? 9 : 1;
  const visit: CaseEvent = {
    seq,
    on,
    kind: 'visit',
    visitId,
    channel: 'letter',
    level: v.level,
    form: v.form,
    headcount,
  };
  const extra: CaseEvent[] = [visit];
  if (v.notice) extra.push({ seq: seq + 1, on, kind: 'notice', visitId, level: v.notice });
  return { ...c, events: [...c.events, ...extra] };
}

function neverLower(before: Ledger, after: Ledger): void {
  const b = finesByPerson(before);
  const a = finesByPerson(after);
  for (const [person, fen] of b) expect(a.get(person) ?? 0).toBeGreaterThanOrEqual(fen);
}

describe('evaluator properties', () => {
  it('the same input gives an identical ledger', () => {
    fc.assert(
      fc.property(casesArb, (cases) => {
        expect(JSON.stringify(run(cases))).toBe(JSON.stringify(run(cases.map((c) => CaseRecord.parse(c)))));
      }),
      { numRuns: 40 },
    );
  });

  it('the order of cases and of their events in the input does not matter', () => {
    fc.assert(
      fc.property(casesArb, fc.integer(), (cases, seed) => {
        const shuffled =
          fc.sample(fc.shuffledSubarray(cases, { minLength: cases.length, maxLength: cases.length }), {
            numRuns: 1,
            seed,
          })[0] ?? cases;
        const scrambled = shuffled.map((c) => ({ ...c, events: [...c.events].reverse() }));
        expect(run(scrambled)).toEqual(run(cases));
      }),
      { numRuns: 40 },
    );
  });

  // domain.md: a missed rectification deadline stays missed, so the clock never restarts and this holds in general.
  it("adding a visit anywhere (any date, level, form, notice) never lowers anyone's fines", () => {
    fc.assert(
      fc.property(casesArb, fc.nat(), visitArb, (cases, pick, v) => {
        const i = pick % cases.length;
        // Not before the case's registration: a visit cannot precede its case.
        const on = (c: CaseRecord) => maxDate(c.events[0]?.on ?? day(0), day(v.day));
        const extra = cases.map((c, k) => (k === i ? withExtraVisit(c, on(c), v) : c));
        neverLower(run(cases), run(extra));
      }),
      { numRuns: 150 },
    );
  });

  it('the no-notice factor is exact to the fen: half of any amount, rounded half-up', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        (office, village) => {
          const rs: RuleSet = {
            ...defaultRuleSet(),
            penaltyRows: defaultRuleSet().penaltyRows.map((r) =>
              r.id === '1b' ? { ...r, amounts: { officeHeadFen: office, villageHeadFen: village } } : r,
            ),
          };
          const c = mkCase('F', ['v1'], '2026-03-01', [
            { visit: 'f1', on: '2026-03-02', level: 'township' },
            { visit: 'f2', on: '2026-03-03', level: 'township' },
            { visit: 'f3', on: '2026-03-04', level: 'township' },
            { notice: 'f3', on: '2026-03-04' },
          ]);
          const l = run([c], { ruleVersions: [rs] });
          expect(finesOf(l, 'f2')['P-V1']).toBe(Math.floor((village + 1) / 2));
          expect(finesOf(l, 'f2')['P-O1']).toBe(office === 0 ? undefined : Math.floor((office + 1) / 2));
          expect(finesOf(l, 'f3')['P-V1']).toBe(village);
        },
      ),
      { numRuns: 100 },
    );
  });
});
