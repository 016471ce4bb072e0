import { describe, expect, it } from 'vitest';
import { json, people } from './rules-ledger-fixtures';
import { useSeededTownship } from './support/seeded-township';

// The seeded case c-v1 was registered through the repository, so it has a 编号 (twn-a: `a-2026-NNN`).
const ctx = useSeededTownship();

const PERIOD = '2026-03-01_2026-03-31';
const evaluation = { from: '2026-03-01', to: '2026-03-31', noticeOn: '2026-04-01' };
const get = async <T>(path: string): Promise<T> => {
  const res = await ctx.app.request(path, { headers: await ctx.as(people.admin) });
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as T;
};
interface Row {
  entryId: string;
  kind: string;
  caseId?: string;
  caseNumber?: string;
  explanation: string;
}

describe('the ledger names a case by its 编号', () => {
  it('its rows, notices and reversals carry the number the case page shows', { timeout: 60_000 }, async () => {
    const admin = await ctx.as(people.admin);
    expect((await ctx.app.request('/api/ledger/evaluations', json(admin, evaluation))).status).toBe(200);
    const { number } = (await get<{ case: { number: string } }>('/api/cases/c-v1')).case;
    expect(number).toMatch(/^a-2026-\d{3}$/);

    const rows = (await get<{ items: Row[] }>(`/api/ledger?period=${PERIOD}`)).items;
    const named = rows.filter((r) => r.kind === 'fine' || r.kind === 'task');
    expect(named.map((r) => r.kind).sort()).toEqual(['fine', 'fine', 'fine', 'fine', 'task']);
    for (const r of named) expect(r).toMatchObject({ caseId: 'c-v1', caseNumber: number });

    const notices = (await get<{ items: { entries: Row[] }[] }>(`/api/ledger/notices?period=${PERIOD}`)).items;
    expect(notices.flatMap((n) => n.entries.map((e) => e.caseNumber))).toEqual([number, number, number, number]);

    const target = 'fine:c-v1:vis3:p-v';
    const res = await ctx.app.request(`/api/ledger/entries/${target}/reverse`, json(admin, { reason: '登记重复' }));
    expect(res.status).toBe(201);
    const reversal = (await get<{ items: Row[] }>(`/api/ledger?period=${PERIOD}&personId=p-v`)).items.find(
      (r) => r.kind === 'reversal',
    );
    // What an official reads: the date and kind of what was reversed, and the case's number; not the entry's id.
    expect(reversal).toMatchObject({ caseNumber: number, explanation: '冲销2026-03-16的罚款：登记重复' });
  });
});
