// Deterministic generated townships for the benchmarks and the ledger digest (bench only, never shipped).
import { CaseRecord, Org, type CaseEvent } from '../src';

/** A small deterministic PRNG (mulberry32), so every run measures the same township. */
export function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10);

/** 50 units (6 offices × 6 villages, 8 departments), 87 people, open-ended assignments from 2020. */
export function township(rand: () => number, id = 't'): Org {
  const units: Org['units'] = [];
  const people: Org['people'] = [];
  const assignments: Org['assignments'] = [];
  const person = (pid: string, leadingCadre = false) =>
    people.push({ id: pid, name: pid, financePaid: rand() < 0.6, leadingCadre });
  const assign = (personId: string, role: 'main' | 'liaison' | 'supervision', unitId: string) =>
    assignments.push({ id: `a${assignments.length}`, personId, role, unitId, from: '2020-01-01' });
  for (let c = 0; c < 12; c += 1) person(`cadre-${c}`, true);
  for (let o = 0; o < 6; o += 1) {
    units.push({ id: `o${o}`, name: `办事处${o}`, kind: 'office', population: 0 });
    person(`p-o${o}`);
    assign(`p-o${o}`, 'main', `o${o}`);
    assign(`cadre-${o}`, 'liaison', `o${o}`);
    for (let v = 0; v < 6; v += 1) {
      const uid = `v${o}-${v}`;
      units.push({ id: uid, name: `村${o}-${v}`, kind: 'village', officeId: `o${o}`, population: 0 });
      person(`p-${uid}`);
      assign(`p-${uid}`, 'main', uid);
      if (v % 2 === 0) assign(`cadre-${6 + (v % 6)}`, 'liaison', uid);
    }
  }
  for (let d = 0; d < 8; d += 1) {
    units.push({
      id: `d${d}`,
      name: `部门${d}`,
      kind: 'department',
      population: 0,
      ...(d === 0 ? { isPetitionOffice: true } : {}),
    });
    person(`p-d${d}`);
    assign(`p-d${d}`, 'main', `d${d}`);
    assign(`cadre-${d}`, 'supervision', `d${d}`);
  }
  return Org.parse({ township: { id, name: '基准镇', districtId: 'd' }, units, people, assignments });
}

/** `count` cases with exactly `visits` visits in 2026: 1–3 a case, half notified by the district, half resolved. */
export function cases(org: Org, rand: () => number, count: number, visits: number): CaseRecord[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const unitIds = org.units.filter((u) => !u.isPetitionOffice).map((u) => u.id);
  const out: CaseRecord[] = [];
  let left = visits;
  for (let i = 0; i < count; i += 1) {
    const opened = Math.floor(rand() * 300);
    const events: CaseEvent[] = [
      {
        seq: 1,
        on: day(opened),
        kind: 'registered',
        caseType: 'appeal',
        category: '土地',
        summary: '基准',
        originUnitId: 'o0',
        responsibleUnitIds: [pick(unitIds)],
      },
      { seq: 2, on: day(opened), kind: 'accepted' },
    ];
    // The last case takes what is left so the total is exact.
    const n = i === count - 1 ? left : Math.min(left, 1 + Math.floor(rand() * 3));
    left -= n;
    for (let k = 0; k < n; k += 1) {
      const on = day(Math.min(364, opened + Math.floor(rand() * 90)));
      const visitId = `c${i}-v${k}`;
      const level = pick(['township', 'township', 'district', 'city', 'province', 'national'] as const);
      const form = rand() < 0.3 ? 'collective' : 'individual';
      events.push({
        seq: events.length + 1,
        on,
        kind: 'visit',
        visitId,
        channel: 'visit',
        level,
        form,
        headcount: form === 'collective' ? 6 : 1,
      });
      if (rand() < 0.5) events.push({ seq: events.length + 1, on, kind: 'notice', visitId, level: 'district' });
    }
    if (rand() < 0.5) events.push({ seq: events.length + 1, on: day(Math.min(364, opened + 40)), kind: 'resolved' });
    out.push(CaseRecord.parse({ id: `case-${i}`, townshipId: org.township.id, events }));
  }
  return out;
}
