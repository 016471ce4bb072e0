import { defaultRuleSet } from '@xinfang/domain';
import { CaseRepository, OrgRepository, recordStoreCalls, RulesRepository } from '@xinfang/store';
import { describe, expect, it } from 'vitest';
import { people } from './rules-ledger-fixtures';
import { useSeededTownship } from './support/seeded-township';

let log: ReturnType<typeof recordStoreCalls> | undefined;
const ctx = useSeededTownship(async (t) => {
  log = recordStoreCalls(t.store.client);
});

const read = async () => {
  const res = await ctx.app.request('/api/cases/c-v1', { headers: await ctx.as(people.officer) });
  expect(res.status).toBe(200);
  return (await res.json()) as { deadline: { deadline: string }; timeline: { on: string }[] };
};

describe('GET /api/cases/{id}', () => {
  it('is one BatchGetItem while unchanged, one Query after a change; sees org edits, publishes at once', async () => {
    if (!log) throw new Error('no call log');
    // Accepted 2026-03-03 under the default pack: 60 days. The first read loads the rules and org chart into the
    // versioned cache and keeps the page.
    expect((await read()).deadline.deadline).toBe('2026-05-02');
    // Every read after it while nothing changed: one BatchGetItem of the township's version item and the case's next
    // event key, which answers with the version item alone (there is no next event); the page is the one kept.
    log.clear();
    expect((await read()).deadline.deadline).toBe('2026-05-02');
    expect(log.calls).toEqual([{ command: 'BatchGetItem', items: 1 }]);

    // A new event: the same BatchGetItem finds it (two items), then the case's six events (one Query, on the table).
    // Rules, calendar and org chart (for the unit and leader names the page shows) come from the versioned cache:
    // neither the township's rule history nor its org partition is read, nor the version item a second time.
    const visit = { channel: 'visit', level: 'township', form: 'individual', headcount: 1 } as const;
    await new CaseRepository(ctx.store).append({
      tenantId: 'twn-a',
      caseId: 'c-v1',
      event: { kind: 'visit', on: '2026-03-23', visitId: 'vis4', ...visit },
      recordedAt: '2026-03-23T02:00:00Z',
    });
    log.clear();
    expect((await read()).timeline.map((e) => e.on)).toContain('2026-03-23');
    expect(log.calls).toEqual([
      { command: 'BatchGetItem', items: 2 },
      { command: 'Query', tableName: ctx.store.tableName, items: 6 },
    ]);

    // An org edit is seen by the very next read: the responsible unit renamed.
    const orgs = new OrgRepository(ctx.store);
    const unit = await orgs.get('twn-a', 'unit', 'v1');
    if (!unit) throw new Error('no unit v1');
    const { version, ...record } = unit;
    expect(JSON.stringify(await read())).not.toContain('新名村');
    await orgs.update('twn-a', 'unit', { ...record, name: '新名村' }, version, '2026-06-01T00:00:00Z');
    expect(JSON.stringify(await read())).toContain('新名村');

    // A version in force from 2026-01-01 with 30 days to resolve: the next read shows it.
    const rules = defaultRuleSet({ id: 'v2026', effectiveFrom: '2026-01-01' });
    await new RulesRepository(ctx.store).saveInitialRules('twn-a', {
      ...rules,
      deadlines: { ...rules.deadlines, resolutionDays: 30 },
    });
    expect((await read()).deadline.deadline).toBe('2026-04-02');
  });
});
