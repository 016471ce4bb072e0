import {
  addDays,
  daysBetween,
  type Assignment,
  type IsoDate,
  type Org,
  type Unit,
  type VisitLevel,
} from '@xinfang/domain';
import { CaseBuilder } from './case-builder';
import { CASE_TOPICS, type CaseTopic } from './case-topics';
import { petitionerName, placeholderPhone } from './names';
import type { Rng } from './prng';
import type { DemoCase } from './types';

export interface CaseContext {
  org: Org;
  slug: string;
  quietUnitIds: Set<string>;
  leadingCadreIds: string[];
  collectiveThreshold: number;
  today: IsoDate;
  /** Who records the events: the township's demo petition officer. */
  officerId: string;
}

export interface GeneratedCases {
  cases: DemoCase[];
  /** 包案: a leading cadre owns each escalated or backlog case. */
  caseAssignments: Assignment[];
}

const LEVELS: readonly VisitLevel[] = ['township', 'district', 'city', 'province', 'national'];
const FIRST_LEVEL: readonly (readonly [VisitLevel, number])[] = [
  ['township', 62],
  ['district', 29],
  ['city', 6],
  ['province', 2.5],
  ['national', 0.5],
];

/** One year's cases, `count` of them spread evenly at random over the year; those after today are skipped. */
export function generateYearCases(ctx: CaseContext, rng: Rng, year: number, count: number, out: GeneratedCases): void {
  const from = `${year}-01-01`;
  const days = daysBetween(from, `${year}-12-31`);
  for (let i = 0; i < count; i++) {
    const registeredOn = addDays(from, rng.int(0, days));
    if (registeredOn > ctx.today) continue;
    const id = `${ctx.slug}-${year}-${String(out.cases.length + 1).padStart(3, '0')}`;
    out.cases.push(buildCase(ctx, rng, id, registeredOn, out));
  }
}

function homeUnit(ctx: CaseContext, rng: Rng, topic: CaseTopic): { origin: Unit; responsible: Unit[] } {
  const active = ctx.org.units.filter((u) => !ctx.quietUnitIds.has(u.id));
  const villages = active.filter((u) => u.kind === 'village');
  const village = rng.pick(villages);
  const home = rng.pick(topic.homes);
  if (home === 'village') return { origin: village, responsible: [village] };
  if (home === 'office') {
    const office = active.find((u) => u.id === village.officeId) ?? village;
    return { origin: office, responsible: [office] };
  }
  const department = active.find((u) => u.id === `${ctx.slug}-${home}`) ?? village;
  // Some department cases also name the village where the matter arose.
  return { origin: village, responsible: rng.chance(0.2) ? [department, village] : [department] };
}

function buildCase(ctx: CaseContext, rng: Rng, id: string, registeredOn: IsoDate, out: GeneratedCases): DemoCase {
  const b = new CaseBuilder(ctx.today);
  const by = ctx.officerId;
  const topic = rng.weighted(CASE_TOPICS.map((t) => [t, t.weight] as const));
  const { origin, responsible } = homeUnit(ctx, rng, topic);
  const summary = rng.pick(topic.summaries).replace('{u}', responsible[0]?.name ?? origin.name);
  b.add({
    kind: 'registered',
    on: registeredOn,
    by,
    caseType: topic.caseType,
    category: topic.category,
    summary,
    originUnitId: origin.id,
    responsibleUnitIds: responsible.map((u) => u.id),
  });

  const collective = rng.chance(0.1);
  const headcount = collective
    ? rng.int(ctx.collectiveThreshold, ctx.collectiveThreshold + 20)
    : rng.int(1, Math.min(2, ctx.collectiveThreshold - 1));
  const form = collective ? 'collective' : 'individual';
  const channel = rng.weighted([
    ['visit', 50],
    ['letter', 20],
    ['online', 20],
    ['phone', 10],
  ] as const);
  let level = rng.weighted(FIRST_LEVEL);
  b.add({ kind: 'visit', on: registeredOn, by, visitId: `${id}-v1`, channel, level, form, headcount });

  const acceptedOn = addDays(
    registeredOn,
    rng.weighted([
      [rng.int(0, 5), 80],
      [rng.int(6, 14), 18],
      [rng.int(16, 22), 2],
    ] as const),
  );
  b.add({ kind: 'accepted', on: acceptedOn, by });
  b.add({ kind: 'status', on: acceptedOn, by, to: 'routed' });
  b.add({ kind: 'status', on: addDays(acceptedOn, rng.int(0, 3)), by, to: 'assigned' });

  const repeats = rng.weighted([
    [0, 62],
    [1, 16],
    [2, 9],
    [3, 7],
    [4, 4],
    [5, 2],
  ] as const);
  const late = rng.chance(repeats >= 2 ? 0.45 : 0.1);
  const extended = !late && rng.chance(0.07);
  const extensionDays = extended ? rng.int(10, 30) : 0;
  const resolveOn = addDays(
    acceptedOn,
    late ? rng.int(62, 130) : extended ? rng.int(58, 58 + extensionDays) : rng.int(8, 55),
  );
  // 督办 only while the case is still open: a closed case cannot be pressed.
  const supervisedOn = addDays(acceptedOn, rng.int(20, 35));
  if ((rng.chance(0.25) || late) && supervisedOn < resolveOn)
    b.add({ kind: 'status', on: supervisedOn, by, to: 'supervised' });
  if (extended) b.add({ kind: 'extension', on: addDays(acceptedOn, rng.int(45, 55)), by, days: extensionDays });

  const resolved = b.add({ kind: 'resolved', on: resolveOn, by });
  if (resolved) {
    b.add({ kind: 'status', on: resolveOn, by, to: 'closed' });
    b.add({
      kind: 'satisfaction',
      on: addDays(resolveOn, rng.int(1, 10)),
      by,
      result: rng.weighted([
        ['satisfied', 70],
        ['basically_satisfied', 21],
        ['unsatisfied', 9],
      ] as const),
    });
  }

  // Repeat visits: mostly while the case is open; an unsatisfied petitioner may come back after it.
  let last = registeredOn;
  let escalated = level !== 'township';
  const visitLevels: { visitId: string; on: IsoDate; level: VisitLevel }[] = [
    { visitId: `${id}-v1`, on: registeredOn, level },
  ];
  for (let n = 2; n <= repeats + 1; n++) {
    last = addDays(last, rng.int(7, 40));
    const step = rng.weighted([
      [0, 65],
      [1, 25],
      [-9, 10],
    ] as const);
    level = LEVELS[Math.max(0, Math.min(LEVELS.length - 1, LEVELS.indexOf(level) + step))] ?? level;
    escalated ||= level !== 'township';
    const visitId = `${id}-v${n}`;
    if (b.add({ kind: 'visit', on: last, by, visitId, channel: 'visit', level, form, headcount }))
      visitLevels.push({ visitId, on: last, level });
  }

  for (const v of visitLevels) {
    if (v.level === 'township') continue;
    // 通报: the district notes part of the visits that reach it or go beyond.
    if (rng.chance(0.4))
      b.add({
        kind: 'notice',
        on: addDays(v.on, rng.int(1, 6)),
        by,
        visitId: v.visitId,
        level: v.level === 'city' && rng.chance(0.5) ? 'city' : 'district',
      });
    const retrieves = LEVELS.indexOf(v.level) >= 2 ? rng.chance(0.7) : rng.chance(0.08);
    const unit = responsible[0];
    if (retrieves && unit)
      b.add({
        kind: 'retrieval',
        on: addDays(v.on, rng.int(1, 4)),
        by,
        unitId: unit.id,
        costFen: rng.int(3, 120) * 1000,
      });
    if (v.level === 'national' && rng.chance(0.5))
      b.add({ kind: 'serious_impact', on: addDays(v.on, rng.int(3, 10)), by });
  }

  if (escalated) addCaseLeader(ctx, rng, id, registeredOn, out);
  const petitioner = { name: petitionerName(rng), contact: placeholderPhone(rng) };
  return { record: { id, townshipId: ctx.org.township.id, events: b.events() }, petitioner };
}

export function addCaseLeader(ctx: CaseContext, rng: Rng, caseId: string, from: IsoDate, out: GeneratedCases): string {
  const personId = rng.pick(ctx.leadingCadreIds);
  out.caseAssignments.push({ id: `${caseId}-lead`, personId, role: 'case_leader', caseId, from });
  return personId;
}
