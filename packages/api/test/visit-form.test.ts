import { defaultRuleSet } from '@xinfang/domain';
import { RulesRepository } from '@xinfang/store';
import { describe, expect, it } from 'vitest';
import type { DemoUser } from '../src/auth/local-issuer';
import { registration, type Summary } from './cases-fixtures';
import { json, people } from './rules-ledger-fixtures';
import { useSeededTownship } from './support/seeded-township';

// domain.md, glossary: the headcount decides the form. Township twn-a: the default pack (collective from 5 people)
// since 2020, and from 2026-05-01 a version that counts a visit collective only from 10 people.
const ctx = useSeededTownship(async ({ store }) => {
  await new RulesRepository(store).saveInitialRules('twn-a', {
    ...defaultRuleSet({ id: 'v2026-05', effectiveFrom: '2026-05-01' }),
    collectiveThreshold: 10,
  });
});

const send = async (method: string, path: string, body: unknown, user: DemoUser = people.officer) =>
  ctx.app.request(`/api/${path}`, json(await ctx.as(user), body, method));
const problemOf = async (res: Response) => {
  const body = (await res.json()) as { code?: string; invalidParams?: { path: string }[] };
  return { status: res.status, code: body.code, params: body.invalidParams?.map((p) => p.path) };
};
const casesCount = async () => {
  const res = await ctx.app.request('/api/cases', { headers: await ctx.as(people.officer) });
  return ((await res.json()) as { items: unknown[] }).items.length;
};
const firstVisit = (on: string, form: string, headcount: number) => ({
  channel: 'visit',
  level: 'township',
  form,
  headcount,
  on,
});
const base = { originUnitId: 'v1', responsibleUnitIds: ['v1'] };

describe('a visit whose form contradicts its headcount', () => {
  it('registration: 422 naming firstVisit.form under the threshold in force on the visit date, and no case is stored', async () => {
    const before = await casesCount();
    const refused = [
      firstVisit('2026-03-02', 'individual', 20), // 20 people filed as one person's visit, to be fined less
      firstVisit('2026-03-02', 'collective', 4),
      firstVisit('2026-05-04', 'collective', 9), // under the version from 05-01, 9 people are not collective
    ];
    for (const visit of refused) {
      const res = await send('POST', 'cases', registration({ ...base, registeredOn: visit.on, firstVisit: visit }));
      expect({ visit, ...(await problemOf(res)) }).toEqual({
        visit,
        status: 422,
        code: 'form_contradicts_headcount',
        params: ['body.firstVisit.form'],
      });
    }
    expect(await casesCount()).toBe(before);
    for (const visit of [firstVisit('2026-03-02', 'collective', 5), firstVisit('2026-05-04', 'individual', 9)]) {
      const res = await send('POST', 'cases', registration({ ...base, registeredOn: visit.on, firstVisit: visit }));
      expect({ visit, status: res.status }).toEqual({ visit, status: 201 });
    }
  });

  it('a visit event: 422 naming form, and the case is unchanged', async () => {
    const created = await send(
      'POST',
      'cases',
      registration({ ...base, registeredOn: '2026-06-01', firstVisit: firstVisit('2026-06-01', 'individual', 1) }),
    );
    const c = (await created.json()) as Summary;
    const visit = (form: string, headcount: number) => ({
      kind: 'visit',
      expectedSeq: c.lastSeq,
      on: '2026-06-10',
      channel: 'visit',
      level: 'district',
      form,
      headcount,
    });
    for (const [form, headcount] of [
      ['individual', 12],
      ['collective', 6],
    ] as const) {
      const res = await send('POST', `cases/${c.id}/events`, visit(form, headcount));
      expect({ form, headcount, ...(await problemOf(res)) }).toEqual({
        form,
        headcount,
        status: 422,
        code: 'form_contradicts_headcount',
        params: ['body.form'],
      });
    }
    const after = (await (
      await ctx.app.request(`/api/cases/${c.id}`, { headers: await ctx.as(people.officer) })
    ).json()) as { case: Summary };
    expect(after.case.lastSeq).toBe(c.lastSeq);
    expect((await send('POST', `cases/${c.id}/events`, visit('collective', 12))).status).toBe(201);
  });
});
