import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoUser } from '../src/auth/local-issuer';
import { orgUsers, seedOrgs } from './org-fixtures';
import { createTestContext, users, type TestContext } from './support/test-app';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await seedOrgs(ctx);
});
afterAll(async () => ctx.stop());

async function workbook(units: (string | number)[][], people: (string | number)[][] = []): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('单位').addRows([['单位名称', '类型', '所属办事处', '人口'], ...units]);
  wb.addWorksheet('人员').addRows([['姓名', '职务', '科级干部', '财政'], ...people]);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

const post = async (user: DemoUser, path: string, file: string, key?: string) =>
  ctx.app.request(`/api/org/import/${path}`, {
    method: 'POST',
    headers: {
      ...(await ctx.as(user)),
      'content-type': 'application/json',
      ...(key ? { 'idempotency-key': key } : {}),
    },
    body: JSON.stringify({ file }),
  });

interface Preview {
  units: { name: string; action: string }[];
  people: { name: string; action: string }[];
  errors: Record<string, unknown>[];
  problems: string[];
}

describe('Excel import of units and people', () => {
  it('offers a template with the two sheets', async () => {
    const res = await ctx.app.request('/api/org/import/template', { headers: await ctx.as(users.adminA) });
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    expect(wb.worksheets.map((w) => w.name)).toEqual(['单位', '人员']);
  });

  it('previews row by row: errors with row, column and a Chinese message; existing records left alone', async () => {
    const file = await workbook(
      [
        ['南片办事处', '办事处', '', 5000],
        ['南村', '村', '南片办事处', 800],
        ['坏行', '乡', '', 1],
        ['东村', '村', '东片办事处', 1200],
        ['北村', '村', '北片办事处', ''],
      ],
      [
        ['陈主任', '民政办主任', '否', '是'],
        ['刘镇长', '副镇长', '是', '是'],
        ['无名', '', '也许', '是'],
      ],
    );
    const res = await post(users.adminA, 'preview', file);
    expect(res.status).toBe(200);
    const preview = (await res.json()) as Preview;
    expect(preview.units.map((u) => [u.name, u.action])).toEqual([
      ['南片办事处', 'create'],
      ['南村', 'create'],
      ['东村', 'exists'],
    ]);
    expect(preview.people.map((p) => [p.name, p.action])).toEqual([
      ['陈主任', 'create'],
      ['刘镇长', 'exists'],
    ]);
    expect(preview.errors).toEqual([
      {
        sheet: '单位',
        row: 4,
        column: 'B',
        field: '类型（办事处/村/部门）',
        message: '类型应为“办事处”“村”或“部门”，不是“乡”',
      },
      {
        sheet: '单位',
        row: 6,
        column: 'C',
        field: '所属办事处（村必填）',
        message: '没有名为“北片办事处”的办事处（本表和现有组织中都没有）',
      },
      { sheet: '人员', row: 4, column: 'C', field: '科级干部（是/否）', message: '应填“是”或“否”，不是“也许”' },
    ]);
    // A preview writes nothing.
    const org = (await (await ctx.app.request('/api/org', { headers: await ctx.as(users.adminA) })).json()) as {
      units: { name: string }[];
    };
    expect(org.units.map((u) => u.name)).not.toContain('南片办事处');
  });

  it('commits the good rows once: a second commit of the same file adds nothing', async () => {
    const file = await workbook(
      [
        ['西片办事处', '办事处', '', 100],
        ['西岭村', '村', '西片办事处', 50],
        ['坏行', '', '', ''],
      ],
      [['钱书记', '', '否', '否']],
    );
    const first = await post(users.adminA, 'commit', file);
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ created: { units: 2, people: 1 }, errors: [{ row: 4 }] });
    const again = await post(users.adminA, 'commit', file);
    expect(await again.json()).toMatchObject({ created: { units: 0, people: 0 }, existing: { units: 2, people: 1 } });
    const org = (await (await ctx.app.request('/api/org', { headers: await ctx.as(users.adminA) })).json()) as {
      units: { name: string; officeId?: string; id: string }[];
    };
    const west = org.units.filter((u) => u.name === '西片办事处');
    expect(west).toHaveLength(1);
    expect(org.units.find((u) => u.name === '西岭村')?.officeId).toBe(west[0]?.id);
  });

  it('refuses a file that is not a workbook (nothing written), and other roles and townships stay out', async () => {
    const bad = await post(users.adminA, 'commit', Buffer.from('not excel').toString('base64'));
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({ invalidParams: [{ path: 'body.file' }] });
    const notBase64 = await post(users.adminA, 'preview', '%%%');
    expect(notBase64.status).toBe(400);
    const file = await workbook([['北镇新办', '办事处', '', 1]]);
    expect((await post(users.officerA, 'commit', file)).status).toBe(403);
    expect((await post(orgUsers.reporterA, 'preview', file)).status).toBe(403);
    // Township B imports into its own org only.
    expect(await (await post(orgUsers.adminB, 'commit', file)).json()).toMatchObject({ created: { units: 1 } });
    const a = (await (await ctx.app.request('/api/org', { headers: await ctx.as(users.adminA) })).json()) as {
      units: { name: string }[];
    };
    expect(a.units.map((u) => u.name)).not.toContain('北镇新办');
  });
});
