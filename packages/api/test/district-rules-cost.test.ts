import { defaultRuleSet } from '@xinfang/domain';
import { RulesRepository } from '@xinfang/store';
import { describe, expect, it } from 'vitest';
import type { DemoUser } from '../src/auth/local-issuer';
import { RulesCostSchema, type RuleCell } from '../src/routes/district/rules-cost-schemas';
import { json, people } from './rules-ledger-fixtures';
import { useSeededTownship } from './support/seeded-township';

const yuan = (n: number) => n * 100;

// twn-a keeps the default pack; twn-b (no rules in the common seed) gets one whose 1b fines the village head 300元.
const ctx = useSeededTownship(async (t) => {
  const pack = defaultRuleSet({ id: 'b2024', effectiveFrom: '2024-01-01' });
  await new RulesRepository(t.store).saveInitialRules('twn-b', {
    ...pack,
    penaltyRows: pack.penaltyRows.map((r) =>
      r.id === '1b' ? { ...r, amounts: { officeHeadFen: yuan(100), villageHeadFen: yuan(300) } } : r,
    ),
  });
});

const post = async (body: unknown, user: DemoUser = people.overseer) =>
  ctx.app.request('/api/district/rules/cost', json(await ctx.as(user), body));

describe('POST /api/district/rules/cost', () => {
  it('lays the townships’ tables out cell by cell, so the one cell that differs shows', async () => {
    const res = await post({ townshipIds: ['twn-a', 'twn-b'], on: '2026-06-01' });
    expect(res.status).toBe(200);
    const body = RulesCostSchema.parse(await res.json());
    const [a, b] = body.townships;
    expect(a?.version).toMatchObject({ id: 'v2020' });
    expect(b).toMatchObject({ name: '东岭镇', version: { id: 'b2024' } });
    const cell = (cells: RuleCell[], form: string, level: string, repeats: number) =>
      cells.find((c) => c.form === form && c.level === level && c.repeats === repeats);
    // Row 1b (individual, township, 1 repeat): 200元 to the village head by default, 300元 in twn-b.
    expect(cell(a?.cells ?? [], 'individual', 'township', 1)).toMatchObject({
      rowId: '1b',
      villageHeadFen: yuan(200),
      officeHeadFen: yuan(100),
      leadingCadreFen: null,
    });
    expect(cell(b?.cells ?? [], 'individual', 'township', 1)?.villageHeadFen).toBe(yuan(300));
    // 1a: retrieval only; 5b: the cadre is charged at the office-head amount.
    expect(cell(a?.cells ?? [], 'individual', 'township', 0)).toMatchObject({ rowId: '1a', retrieval: true });
    expect(cell(a?.cells ?? [], 'individual', 'national', body.horizon)).toMatchObject({
      villageHeadFen: yuan(2000),
      leadingCadreFen: yuan(1000),
    });
    const differing = (a?.cells ?? []).filter((c, i) => JSON.stringify(c) !== JSON.stringify(b?.cells[i]));
    expect(differing.map((c) => `${c.form}·${c.level}·${c.repeats}`)).toEqual([
      'individual·township·1',
      'individual·township·2',
      'individual·district·1',
      'individual·district·2',
    ]);
  });

  it('prices one set of visits under each township’s rules, halved without a district notice', async () => {
    const visits = [
      { level: 'township', form: 'individual', repeats: 1, count: 10 },
      { level: 'city', form: 'collective', repeats: 0, count: 2 },
    ];
    const notified = RulesCostSchema.parse(await (await post({ townshipIds: ['twn-a', 'twn-b'], visits })).json());
    // Default: 10 × (100 + 200) + 2 × (300 + 500 + 300 cadre) = 3000 + 2200 yuan; twn-b's 1b adds 10 × 100.
    expect(notified.townships.map((t) => t.mix.totalFen)).toEqual([yuan(5200), yuan(6200)]);
    expect(notified.townships[0]?.mix.lines[0]).toMatchObject({ perVisitFen: yuan(300), totalFen: yuan(3000) });
    const halved = RulesCostSchema.parse(
      await (await post({ townshipIds: ['twn-a'], visits, notified: false })).json(),
    );
    expect(halved.townships[0]?.mix.totalFen).toBe(yuan(2600));
  });

  it('names the bad field, refuses townships of another district and township users, and changes nothing', async () => {
    const foreign = await post({ townshipIds: ['twn-a'] }, people.otherOverseer);
    expect(foreign.status).toBe(400);
    expect(await foreign.json()).toMatchObject({ invalidParams: [{ path: 'body.townshipIds[0]' }] });
    const badLevel = await post({
      townshipIds: ['twn-a'],
      visits: [{ level: 'moon', form: 'individual', repeats: 0, count: 1 }],
    });
    expect(badLevel.status).toBe(400);
    expect(await badLevel.json()).toMatchObject({ invalidParams: [{ path: 'body.visits[0].level' }] });
    expect((await post({ townshipIds: [] })).status).toBe(400);
    expect((await post({ townshipIds: ['twn-a'] }, people.admin)).status).toBe(403);
    expect(await new RulesRepository(ctx.store).listVersions('twn-a')).toHaveLength(1);
  });

  it('says when a township has no rules in force on the day', async () => {
    const body = RulesCostSchema.parse(await (await post({ townshipIds: ['twn-b'], on: '2023-06-01' })).json());
    expect(body.townships[0]).toMatchObject({ version: null, cells: [], mix: { totalFen: 0 } });
  });
});
