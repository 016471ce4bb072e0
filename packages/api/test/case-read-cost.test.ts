import { defaultRuleSet } from '@xinfang/domain';
import { OrgRepository, recordStoreCalls, RulesRepository } from '@xinfang/store';
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
  return (await res.json()) as { deadline: { deadline: string } };
};

describe('GET /api/cases/{id}', () => {
  it('does one Query for the case, no read of the rule history, and sees a publish at once', async () => {
    if (!log) throw new Error('no call log');
    // Accepted 2026-03-03 under the default pack: 60 days.
    expect((await read()).deadline.deadline).toBe('2026-05-02');
    log.clear();
    await read();
    // The settings version (a GetItem of one small item), then the case's events (one Query, on the table); the rest
    // are the org chart's Queries, for the unit and leader names the page shows instead of ids. None of them is the
    // township's rule history (its partition).
    const calls = log.calls.map((c) => [c.command, c.indexName]);
    expect(calls.slice(0, 2)).toEqual([
      ['GetItem', undefined],
      ['Query', undefined],
    ]);
    const orgReads = calls.slice(2);
    log.clear();
    await new OrgRepository(ctx.store).loadOrg('twn-a');
    expect(orgReads).toEqual(log.calls.map((c) => [c.command, c.indexName]));

    // A version in force from 2026-01-01 with 30 days to resolve: the next read shows it.
    const rules = defaultRuleSet({ id: 'v2026', effectiveFrom: '2026-01-01' });
    await new RulesRepository(ctx.store).saveInitialRules('twn-a', {
      ...rules,
      deadlines: { ...rules.deadlines, resolutionDays: 30 },
    });
    expect((await read()).deadline.deadline).toBe('2026-04-02');
  });
});
