import ExcelJS from 'exceljs';
import type { RuleSet } from '@xinfang/domain';
import { describe, expect, it } from 'vitest';
import { json, people } from './rules-ledger-fixtures';
import { useSeededTownship } from './support/seeded-township';

const ctx = useSeededTownship();

interface Draft {
  draftId: string;
  version: number;
  ruleSet: RuleSet;
}

async function exportVersion(id: string): Promise<ArrayBuffer> {
  const res = await ctx.app.request(`/api/rules/versions/${id}/xlsx`, { headers: await ctx.as(people.officer) });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('spreadsheetml');
  return res.arrayBuffer();
}

async function newDraft(): Promise<Draft> {
  const res = await ctx.app.request('/api/rules/drafts', json(await ctx.as(people.admin), { from: 'default' }));
  return (await res.json()) as Draft;
}

const base64 = (bytes: ArrayBuffer) => Buffer.from(bytes).toString('base64');

describe('the rule table in Excel', () => {
  it('exports a version that reads like the seed’s table', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await exportVersion('v2020'));
    const ws = wb.getWorksheet('处罚标准');
    expect(ws?.getCell('C3').value).toBe('适用访别');
    // 5b is the table's 13th row: 进京, from the 2nd repeat on, 1000 / 2000 yuan, leading cadres too.
    const row = ws?.getRow(16).values as unknown[];
    expect(row.slice(1, 9)).toEqual([
      '5b',
      '进京上访重复2次及以上',
      '个人访、集体访·进京',
      2,
      undefined,
      1000,
      2000,
      '是',
    ]);
    expect(ws?.getCell('C8').value).toBe('集体访·到镇（重复1次及以上）；集体访·到区；个人访·到市');
  });

  it('imports what it exported into a draft as the very same rule set', async () => {
    const d = await newDraft();
    const res = await ctx.app.request(
      `/api/rules/drafts/${d.draftId}/import`,
      json(await ctx.as(people.admin), { version: d.version, workbookBase64: base64(await exportVersion('v2020')) }),
    );
    expect(res.status).toBe(200);
    const imported = (await res.json()) as Draft;
    const version = (await (
      await ctx.app.request('/api/rules/versions/v2020', { headers: await ctx.as(people.admin) })
    ).json()) as { ruleSet: RuleSet };
    expect(imported.version).toBe(d.version + 1);
    expect({ ...imported.ruleSet, id: 'x', effectiveFrom: 'x' }).toEqual({
      ...version.ruleSet,
      id: 'x',
      effectiveFrom: 'x',
    });
  });

  it('names every cell it cannot read and leaves the draft as it was', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await exportVersion('v2020'));
    const ws = wb.getWorksheet('处罚标准');
    if (!ws) throw new Error('no sheet');
    ws.getCell('G16').value = '两千';
    ws.getCell('C15').value = '个人访·进北京';
    ws.getCell('I10').value = '罚站';
    const bytes = (await wb.xlsx.writeBuffer()) as ArrayBuffer;
    const d = await newDraft();
    const res = await ctx.app.request(
      `/api/rules/drafts/${d.draftId}/import`,
      json(await ctx.as(people.admin), { version: d.version, workbookBase64: base64(bytes) }),
    );
    expect(res.status).toBe(422);
    const body = (await res.json()) as { code: string; cellErrors: { cell: string; message: string }[] };
    expect(body.code).toBe('invalid_workbook');
    expect(body.cellErrors.map((e) => e.cell)).toEqual(['I10', 'C15', 'G16']);
    expect(body.cellErrors[2]?.message).toBe('应为金额（元），最多两位小数');
    const after = (await (
      await ctx.app.request(`/api/rules/drafts/${d.draftId}`, { headers: await ctx.as(people.admin) })
    ).json()) as Draft;
    expect(after.version).toBe(d.version);
  });

  it('refuses a file that is not a workbook (422) and writers other than the admin (403)', async () => {
    const d = await newDraft();
    const headers = await ctx.as(people.admin);
    const junk = await ctx.app.request(
      `/api/rules/drafts/${d.draftId}/import`,
      json(headers, { version: d.version, workbookBase64: Buffer.from('hello').toString('base64') }),
    );
    expect(junk.status).toBe(422);
    const officer = await ctx.app.request(
      `/api/rules/drafts/${d.draftId}/import`,
      json(await ctx.as(people.officer), { version: d.version, workbookBase64: 'aGVsbG8=' }),
    );
    expect(officer.status).toBe(403);
  });
});
