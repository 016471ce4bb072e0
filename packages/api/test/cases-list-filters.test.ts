import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, register, type Summary } from './cases-fixtures';
import { seedOrgs } from './org-fixtures';
import { createTestContext, users, type TestContext } from './support/test-app';

// FIXED_NOW is 2026-06-15 (a Monday). Resolution deadlines are 60 days from registration (national default).
let ctx: TestContext;
let old: Summary;
let dueSoon: Summary;
let fresh: Summary;
let backlog: Summary;

beforeAll(async () => {
  ctx = await createTestContext();
  await seedOrgs(ctx);
  old = await register(ctx, users.officerA, {
    registeredOn: '2026-03-02',
    category: '筛选-超期',
    summary: '超期未办结的事项',
  });
  dueSoon = await register(ctx, users.officerA, {
    registeredOn: '2026-04-20',
    category: '筛选-临期',
    summary: '即将到期的事项',
  });
  fresh = await register(ctx, users.officerA, {
    registeredOn: '2026-06-10',
    category: '筛选-新',
    summary: '刚登记的道路维修诉求',
    caseLeaderId: 'p-cadre',
  });
  backlog = await register(ctx, users.officerA, {
    registeredOn: '2026-05-01',
    firstRegisteredOn: '2023-04-01',
    category: '筛选-积案',
    summary: '多年积案',
  });
}, 60_000);
afterAll(async () => ctx.stop());

const getJson = async (path: string) => {
  const res = await ctx.app.request(path, { headers: await ctx.as(users.officerA) });
  expect(res.status, await res.clone().text()).toBe(200);
  return res.json() as Promise<unknown>;
};
const ids = async (query: string) =>
  ((await getJson(`/api/cases?limit=100&${query}`)) as { items: Summary[] }).items.map((s) => s.id);
const count = async (query: string) => ((await getJson(`/api/cases/count?${query}`)) as { count: number }).count;

describe('case list filters and count', () => {
  it('finds overdue cases, and counts them without paging', async () => {
    const overdue = await ids('overdue=true');
    expect(overdue).toContain(old.id);
    expect(overdue).not.toContain(fresh.id);
    expect(await count('overdue=true')).toBe(overdue.length);
  });

  it('finds cases due within N working days but not yet overdue', async () => {
    // dueSoon is due 2026-07-04: 14 working days from 2026-06-15 (the Dragon Boat holiday on 06-19 is not one).
    expect(dueSoon['resolutionDeadline']).toBe('2026-07-04');
    expect(await ids('dueWithin=3')).not.toContain(dueSoon.id);
    const soon = await ids('dueWithin=15');
    expect(soon).toContain(dueSoon.id);
    expect(soon).not.toContain(old.id);
    expect(soon).not.toContain(fresh.id);
  });

  it('finds backlog cases (first registered over a year ago, unresolved)', async () => {
    expect(await ids('backlog=true')).toEqual([backlog.id]);
  });

  it('searches by case number or summary', async () => {
    expect(await ids('q=道路维修')).toEqual([fresh.id]);
    expect(await ids(`q=${fresh.id.slice(0, 13)}`)).toEqual([fresh.id]);
    // A case registered here has a readable number (编号) besides its id: an official searches by that.
    expect(fresh['number']).toMatch(/-\d{4}-\d{3}$/);
    expect(await ids(`q=${String(fresh['number'])}`)).toEqual([fresh.id]);
    expect(await count('q=筛选-')).toBe(4);
  });

  it('filters by district notice (none here) and counts 0', async () => {
    expect(await count('noticed=true&q=筛选-')).toBe(0);
    expect(await count('noticed=false&q=筛选-')).toBe(4);
  });

  it('shows the case with unit and leader names and working days left on each deadline', async () => {
    const detail = (await getJson(`/api/cases/${fresh.id}`)) as {
      names: { units: Record<string, string> };
      caseLeaders: string[];
      deadlines: { kind: string; workingDaysLeft?: number; doneOn?: string }[];
    };
    expect(detail.names.units['v-east']).toBe('东村');
    expect(detail.caseLeaders).toEqual(['刘镇长']);
    const acceptance = detail.deadlines.find((d) => d.kind === 'acceptance');
    expect(acceptance?.workingDaysLeft).toBeGreaterThanOrEqual(0);
    expect(
      await act(ctx, users.officerA, fresh.id, { kind: 'accept', expectedSeq: fresh.lastSeq, on: '2026-06-11' }),
    ).toHaveProperty('status', 201);
    const after = (await getJson(`/api/cases/${fresh.id}`)) as typeof detail;
    expect(after.deadlines.find((d) => d.kind === 'acceptance')?.doneOn).toBe('2026-06-11');
  });

  it('refuses an unknown case leader with 422 naming the field', async () => {
    const res = await ctx.app.request('/api/cases', {
      method: 'POST',
      headers: { ...(await ctx.as(users.officerA)), 'content-type': 'application/json' },
      body: JSON.stringify({
        caseType: 'appeal',
        category: 'x',
        summary: 'x',
        originUnitId: 'v-east',
        responsibleUnitIds: ['v-east'],
        firstVisit: { channel: 'visit', level: 'township', form: 'individual', headcount: 1 },
        caseLeaderId: 'p-nobody',
      }),
    });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ invalidParams: [{ path: 'body.caseLeaderId' }] });
  });

  it('exports the filtered list to Excel with unit names and no petitioner', async () => {
    const res = await ctx.app.request('/api/cases/export?q=筛选-', { headers: await ctx.as(users.officerA) });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const ws = wb.worksheets[0];
    const text = JSON.stringify(ws?.getSheetValues());
    expect(ws?.rowCount).toBe(2 + 4);
    expect(text).toContain('东村');
    expect(text).toContain('超期');
    expect(text).not.toContain('张三');
    expect(text).not.toContain('13800000000');
    // The 编号 column is the number officials quote (xiji-2026-001), never the case's id.
    const numbers = [3, 4, 5, 6].map((r) => ws?.getRow(r).getCell(1).value);
    const registered = [old, dueSoon, fresh, backlog];
    expect(new Set(numbers)).toEqual(new Set(registered.map((k) => k.number)));
    for (const n of numbers) expect(n).toMatch(/^[a-z]+-2026-\d{3}$/);
    for (const k of registered) expect(text).not.toContain(k.id);
  });

  it('tells the intake form the collective threshold in force', async () => {
    expect(await getJson('/api/cases/intake-settings')).toMatchObject({ collectiveThreshold: expect.any(Number) });
  });
});
