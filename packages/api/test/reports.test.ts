import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { z } from '@hono/zod-openapi';
import type { DemoUser } from '../src/auth/local-issuer';
import { AnnualReportSchema, MonthlyReportSchema, WeeklyReportSchema } from '../src/routes/reports/report-schemas';
import { json, people } from './rules-ledger-fixtures';
import { StatisticsRepository } from '@xinfang/store';
import { useSeededTownship } from './support/seeded-township';

// Reports read projections: the statistics (kept from the events by the projector; here rebuilt once after the
// seed) and the ledger money stored when the admin evaluates a period.
const ctx = useSeededTownship(async (t) => {
  await new StatisticsRepository(t.store).rebuildStatistics('twn-a', 'd1');
  const admin = await t.as(people.admin);
  const res = await t.app.request('/api/ledger/evaluations', json(admin, { from: '2026-01-01', to: '2026-06-14' }));
  expect(res.status).toBe(200);
});

const get = async (path: string, user: DemoUser = people.officer) =>
  ctx.app.request(path, { headers: await ctx.as(user) });

/**
 * The JSON body read through the schema the OpenAPI document publishes. Parsing drops unknown keys, so comparing
 * with the raw body also proves the handler returns nothing the document leaves out.
 */
async function report<S extends z.ZodType>(res: Response, schema: S): Promise<z.infer<S>> {
  expect(res.status).toBe(200);
  const raw: unknown = await res.json();
  const parsed = schema.parse(raw);
  expect(parsed).toEqual(raw);
  return parsed;
}

async function workbook(res: Response): Promise<ExcelJS.Workbook> {
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  return wb;
}

function allText(wb: ExcelJS.Workbook): string {
  const out: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => out.push(String(cell.value)))));
  return out.join('\n');
}

function rowWith(ws: ExcelJS.Worksheet, first: string): ExcelJS.Row | undefined {
  let found: ExcelJS.Row | undefined;
  ws.eachRow((row) => {
    if (row.getCell(1).value === first) found = row;
  });
  return found;
}

describe('周通报 weekly notice', () => {
  it('counts the week’s visits by level, form and unit and lists the penalties they incurred', async () => {
    const r = await report(await get('/api/reports/weekly?weekOf=2026-03-11'), WeeklyReportSchema);
    expect(r.week).toEqual({ from: '2026-03-09', to: '2026-03-15' });
    expect(r.visits.total).toBe(1);
    expect(r.visits.byLevel.find((l) => l.label === '到镇')?.count).toBe(1);
    expect(r.visits.byForm.find((f) => f.label === '个人访')?.count).toBe(1);
    expect(r.visits.byUnit).toEqual([{ unitId: 'v1', name: '东村', count: 1 }]);
    expect(r.newPenalties.items.map((i) => [i.name, i.amountFen, i.rowId])).toEqual([
      ['张主任', 5000, '1b'],
      ['刘书记', 10000, '1b'],
    ]);
    expect(r.newPenalties.totalFen).toBe(15000);
    // Cases are named by the 编号 officials quote (twn-a's are a-2026-NNN), as on the case page.
    const { number } = ((await (await get('/api/cases/c-v1')).json()) as { case: { number: string } }).case;
    expect(number).toMatch(/^a-2026-\d{3}$/);
    expect(r.visits.list.map((v) => v.caseNumber)).toEqual([number]);
    expect(r.newPenalties.items.map((i) => i.caseNumber)).toEqual([number, number]);
  });

  it('exports an A4 workbook with Chinese sheets and headers, yuan to two decimals, and no petitioner', async () => {
    const res = await get('/api/reports/weekly?weekOf=2026-03-11&format=xlsx');
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('周通报_2026-03-09.xlsx'));
    const wb = await workbook(res);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['本周来访', '分类统计', '新增处罚']);
    const ws = wb.getWorksheet('新增处罚');
    if (!ws) throw new Error('no sheet 新增处罚');
    expect(ws.getRow(2).values).toEqual(expect.arrayContaining(['姓名', '单位', '事项编号', '罚款（元）', '说明']));
    const total = rowWith(ws, '合计');
    const amount = total?.getCell(6);
    expect(amount?.value).toBe(150);
    expect(amount?.numFmt).toBe('#,##0.00');
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.fitToWidth).toBe(1);
    const text = allText(wb);
    expect(text).toContain('刘书记');
    // Both sheets that list cases name them by 编号, never by the case's id.
    expect(text).toMatch(/a-2026-\d{3}/);
    expect(text).not.toContain('c-v1');
    expect(text).not.toContain('上访人甲');
    expect(text).not.toContain('13900001111');
  });
});

describe('月小结 monthly summary', () => {
  it('gives the month’s figures and the KPIs', async () => {
    const r = await report(await get('/api/reports/monthly?month=2026-03', people.auditor), MonthlyReportSchema);
    expect(r.figures).toMatchObject({ casesRegistered: 1, visits: { total: 3 }, fines: { count: 4, totalFen: 30000 } });
    expect(r.kpis.visits.total).toBe(3);
    expect(r.kpis.escalation.value).toBe(0);
    expect(r.kpis.repeat.numerator).toBe(2);
    expect(r.kpis.visits.byLevel).toEqual({ township: 3, district: 0, city: 0, province: 0, national: 0 });
  });

  it('exports the figures with the fines total in yuan', async () => {
    const wb = await workbook(await get('/api/reports/monthly?month=2026-03&format=xlsx', people.admin));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['本月情况', '按单位', '考核指标']);
    const units = wb.getWorksheet('按单位');
    expect(units?.getRow(2).values).toEqual(expect.arrayContaining(['单位', '来访（次）', '罚款（元）']));
    expect(units && rowWith(units, '合计')?.getCell(3).value).toBe(300);
    expect(allText(wb)).not.toContain('上访人甲');
  });

  it('names the bad field (400) and refuses unit reporters (403) and anonymous callers (401)', async () => {
    const bad = await get('/api/reports/monthly?month=2026-13');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ invalidParams: [{ path: 'query.month' }] });
    const format = await get('/api/reports/monthly?format=pdf');
    expect(await format.json()).toMatchObject({ status: 400, invalidParams: [{ path: 'query.format' }] });
    expect((await get('/api/reports/monthly', people.villageReporter)).status).toBe(403);
    expect((await get('/api/reports/weekly', people.overseer)).status).toBe(403);
    expect((await ctx.app.request('/api/reports/annual')).status).toBe(401);
  });
});

describe('年汇总 annual aggregation', () => {
  it('totals fines, rewards and vetoes per unit and person, with targets against the previous year', async () => {
    const r = await report(await get('/api/reports/annual?year=2026', people.admin), AnnualReportSchema);
    expect(r.byPerson.map((p) => [p.name, p.finesFen, p.fineCount])).toEqual([
      ['张主任', 10000, 2],
      ['刘书记', 20000, 2],
    ]);
    expect(r.byUnit.find((u) => u.unitId === 'v1')).toMatchObject({ finesFen: 20000, visits: 3 });
    expect(r.totals).toMatchObject({ finesFen: 30000, visits: 3 });
    expect(r.targets.visits).toMatchObject({ current: 3, previous: 0, targetReductionPct: 30, met: null });
    expect(r.targets.backlog.required).toBe(true);
  });

  it('exports unit, person and target sheets; the person total is a known sum', async () => {
    const wb = await workbook(await get('/api/reports/annual?year=2026&format=xlsx', people.admin));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['单位汇总', '个人汇总', '目标考核']);
    const persons = wb.getWorksheet('个人汇总');
    expect(persons?.getRow(2).values).toEqual(
      expect.arrayContaining(['姓名', '罚款（次）', '罚款（元）', '奖励（元）', '一票否决']),
    );
    expect(persons && rowWith(persons, '合计')?.getCell(3).value).toBe(300);
    expect(persons && rowWith(persons, '刘书记')?.getCell(3).value).toBe(200);
    const text = allText(wb);
    expect(text).toContain('来访同比下降30%');
    expect(text).not.toContain('上访人甲');
    expect(text).not.toContain('13900001111');
  });

  it('refuses a year that is not a number', async () => {
    const res = await get('/api/reports/annual?year=abc');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ invalidParams: [{ path: 'query.year' }] });
  });
});

describe('corrections in reports', () => {
  it('leaves out a fine reversed in the ledger, in the weekly, monthly and annual figures', async () => {
    const admin = await ctx.as(people.admin);
    await ctx.app.request('/api/ledger/evaluations', json(admin, { from: '2026-03-01', to: '2026-03-31' }));
    const rev = await ctx.app.request(
      '/api/ledger/entries/fine:c-v1:vis3:p-v/reverse',
      json(admin, { reason: '重复登记' }),
    );
    expect(rev.status).toBe(201);

    const week = await report(await get('/api/reports/weekly?weekOf=2026-03-16'), WeeklyReportSchema);
    expect(week.newPenalties.items.map((i) => i.name)).toEqual(['张主任']);
    expect(week.newPenalties.totalFen).toBe(5000);
    const month = await report(await get('/api/reports/monthly?month=2026-03'), MonthlyReportSchema);
    expect(month.figures.fines).toEqual({ count: 3, totalFen: 20000 });
    const year = await report(await get('/api/reports/annual?year=2026'), AnnualReportSchema);
    expect(year.byPerson.find((p) => p.name === '刘书记')).toMatchObject({ finesFen: 10000, fineCount: 1 });
  });
});
