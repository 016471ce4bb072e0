import { describe, expect, it } from 'vitest';
import { json, people } from './rules-ledger-fixtures';
import { useSeededTownship } from './support/seeded-township';

// N conflicting requests at once against one app and one store: exactly the allowed number succeed, and the
// state afterwards holds the invariant. The store's conditional writes decide; the API's own checks all pass.
const ctx = useSeededTownship();
const N = 8;

const send = async (method: string, path: string, body: unknown) =>
  ctx.app.request(`/api/${path}`, json(await ctx.as(people.admin), body, method));
interface Assignment {
  id: string;
  from: string;
  to?: string;
}
const mainsOf = async (unitId: string) => {
  const res = await ctx.app.request(`/api/org/assignments?unitId=${unitId}&role=main`, {
    headers: await ctx.as(people.admin),
  });
  return ((await res.json()) as { items: Assignment[] }).items;
};
const overlapping = (list: Assignment[]) =>
  list.some((a, i) =>
    list.some((b, j) => i < j && a.from <= (b.to ?? '9999-12-31') && b.from <= (a.to ?? '9999-12-31')),
  );

describe('one main responsible person per unit at a time', () => {
  it(`${N} main assignments to one village for overlapping dates at once: exactly one is stored`, async () => {
    expect(
      (await send('POST', 'org/units', { id: 'v-race', name: '竞村', kind: 'village', officeId: 'o1' })).status,
    ).toBe(201);
    const bodies = Array.from({ length: N }, (_, i) => ({
      id: `a-race-${i}`,
      personId: i % 2 ? 'p-v' : 'p-o',
      role: 'main',
      unitId: 'v-race',
      from: `2026-0${1 + (i % 3)}-01`,
    }));
    const statuses = (await Promise.all(bodies.map((b) => send('POST', 'org/assignments', b)))).map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s !== 201).every((s) => s === 422 || s === 409)).toBe(true);
    const mains = await mainsOf('v-race');
    expect(mains).toHaveLength(1);
    expect(overlapping(mains)).toBe(false);
  });

  it(`${N} main assignments to one village for ${N} separate years at once: all ${N} are stored`, async () => {
    expect(
      (await send('POST', 'org/units', { id: 'v-years', name: '年村', kind: 'village', officeId: 'o1' })).status,
    ).toBe(201);
    const bodies = Array.from({ length: N }, (_, i) => ({
      id: `a-year-${i}`,
      personId: 'p-v',
      role: 'main',
      unitId: 'v-years',
      from: `${2030 + i}-01-01`,
      to: `${2030 + i}-12-31`,
    }));
    const statuses = (await Promise.all(bodies.map((b) => send('POST', 'org/assignments', b)))).map((r) => r.status);
    expect(statuses).toEqual(bodies.map(() => 201));
    const mains = await mainsOf('v-years');
    expect(mains).toHaveLength(N);
    expect(overlapping(mains)).toBe(false);
  });
});
