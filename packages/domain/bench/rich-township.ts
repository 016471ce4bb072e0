// A township with every kind of event and org change, for the ledger digest: it exercises the paths the
// timing township does not (working-day deadlines, extensions over the cap, units changed, staff changes,
// cases with hundreds of visits, broken and duplicate cases, two rule versions).
import { CaseRecord, Org, defaultRuleSet, type CaseEvent, type RuleSet } from '../src';
import { cases, day, township } from './generate';

export function richTownship(rand: () => number): { org: Org; cases: CaseRecord[]; ruleVersions: RuleSet[] } {
  const base = township(rand);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const assignments = [...base.assignments];
  // Main persons replaced mid-year in a third of the units; a village left without a head for a month.
  for (const [i, unit] of base.units.entries()) {
    if (i % 3 !== 0) continue;
    const old = assignments.find((a) => a.unitId === unit.id && a.role === 'main');
    if (!old) continue;
    const cut = day(60 + Math.floor(rand() * 200));
    assignments[assignments.indexOf(old)] = { ...old, to: cut };
    const resume = i % 9 === 0 ? day(Math.min(364, 60 + Math.floor(rand() * 200) + 30)) : cut;
    assignments.push({
      id: `a${assignments.length}`,
      personId: pick(base.people).id,
      role: 'main',
      unitId: unit.id,
      from: resume > cut ? resume : day(61 + Math.floor(rand() * 200)),
    });
  }
  const records = cases(base, rand, 600, 1300);
  const extra: CaseRecord[] = [];
  for (const [i, r] of records.entries()) {
    const events: CaseEvent[] = [...r.events];
    const last = () => events.length + 1;
    const opened = events[0]?.on ?? '2026-01-01';
    const later = (n: number) => {
      const d = new Date(`${opened}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() + n);
      const s = d.toISOString().slice(0, 10);
      return s > '2026-12-31' ? '2026-12-31' : s;
    };
    if (i % 4 === 0) events.push({ seq: last(), on: later(10), kind: 'extension', days: 20 });
    if (i % 8 === 0) events.push({ seq: last(), on: later(12), kind: 'extension', days: 25 });
    if (i % 5 === 0)
      events.push({
        seq: last(),
        on: later(5),
        kind: 'units_changed',
        responsibleUnitIds: [pick(base.units).id, pick(base.units).id],
      });
    if (i % 6 === 0)
      events.push({ seq: last(), on: later(3), kind: 'retrieval', unitId: pick(base.units).id, costFen: 1000 });
    if (i % 7 === 0) events.push({ seq: last(), on: later(2), kind: 'serious_impact' });
    if (i % 11 === 0)
      events.push({
        seq: last(),
        on: later(1),
        kind: 'visit',
        visitId: `late-${i}`,
        channel: 'visit',
        level: 'district',
        form: 'collective',
        headcount: 2,
      });
    if (i % 13 === 0) {
      for (const to of ['routed', 'assigned', 'closed', 'review', 'closed'] as const)
        events.push({ seq: last(), on: later(20), kind: 'status', to });
    }
    if (i % 17 === 0)
      events.push({ seq: last(), on: later(30), kind: 'units_changed', responsibleUnitIds: ['nowhere'] });
    if (i % 19 === 0)
      assignments.push({
        id: `a${assignments.length}`,
        personId: pick(base.people).id,
        role: 'case_leader',
        caseId: r.id,
        from: '2020-01-01',
      });
    if (i % 23 === 0)
      events[0] = { ...(events[0] as CaseEvent & { kind: 'registered' }), firstRegisteredOn: '2019-03-01' };
    extra.push(CaseRecord.parse({ ...r, events: i % 2 === 0 ? events.reverse() : events }));
  }
  // Long cases: hundreds of visits each, the quadratic path of a naive fold.
  for (let k = 0; k < 3; k += 1) {
    const events: CaseEvent[] = [
      {
        seq: 1,
        on: '2025-06-01',
        kind: 'registered',
        caseType: 'appeal',
        category: '拆迁',
        summary: '长期',
        originUnitId: 'o1',
        responsibleUnitIds: [`v${k}-1`],
      },
    ];
    for (let v = 0; v < 250; v += 1) {
      const on = day(Math.floor(rand() * 365) - 100);
      events.push({
        seq: events.length + 1,
        on,
        kind: 'visit',
        visitId: `long${k}-${v}`,
        channel: 'visit',
        level: pick(['township', 'district', 'city'] as const),
        form: rand() < 0.3 ? 'collective' : 'individual',
        headcount: 3,
      });
      if (rand() < 0.3)
        events.push({ seq: events.length + 1, on, kind: 'notice', visitId: `long${k}-${v}`, level: 'city' });
    }
    extra.push(CaseRecord.parse({ id: `long-${k}`, townshipId: 't', events }));
  }
  const broken = CaseRecord.parse({
    id: 'broken',
    townshipId: 't',
    events: [{ seq: 1, on: '2026-02-01', kind: 'accepted' }],
  });
  const dup = extra[5];
  const second: RuleSet = {
    ...defaultRuleSet({ id: 'v2026', effectiveFrom: '2026-07-01' }),
    repeatCounting: 'all_levels',
    deadlines: {
      acceptanceDays: 10,
      resolutionDays: 30,
      maxExtensionDays: 20,
      reviewDays: 20,
      reReviewDays: 20,
      dayKind: 'working',
    },
  };
  return {
    org: Org.parse({ ...base, assignments }),
    cases: [...extra, broken, ...(dup ? [dup] : [])],
    ruleVersions: [second, defaultRuleSet()],
  };
}
