import { attachStatisticsProjector, CaseRepository, StatisticsRepository } from '@xinfang/store';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { DemoUser } from '../src/auth/local-issuer';
import { DistrictAnnualReportSchema } from '../src/routes/district/annual-report-schemas';
import { DistrictVisitsSchema } from '../src/routes/notices/district-visits';
import { json, people } from './rules-ledger-fixtures';
import { useSeededTownship } from './support/seeded-township';

const at = '2026-06-01T00:00:00Z';
const districtVisit = (on: string, visitId: string) => ({
  kind: 'visit' as const,
  on,
  visitId,
  channel: 'visit' as const,
  level: 'district' as const,
  form: 'individual' as const,
  headcount: 1,
});

// twn-a also has case c-d1 of village v1: district-level visits on 2026-04-01 (first: a task) and 04-08 (repeats 1:
// rule 1b, 刘书记 200元 and 张主任 100元, halved while the district has not notified it).
const ctx = useSeededTownship(async (t) => {
  attachStatisticsProjector(t.store);
  const cases = new CaseRepository(t.store);
  await cases.register({
    tenantId: 'twn-a',
    districtId: 'd1',
    caseId: 'c-d1',
    registered: {
      kind: 'registered',
      on: '2026-04-01',
      caseType: 'appeal',
      category: '土地',
      summary: '征地补偿',
      originUnitId: 'v1',
      responsibleUnitIds: ['v1'],
    },
    firstVisit: districtVisit('2026-04-01', 'dv1'),
    petitioner: { name: '上访人乙', contact: '13900002222' },
    recordedAt: at,
  });
  await cases.append({
    tenantId: 'twn-a',
    caseId: 'c-d1',
    event: { kind: 'accepted', on: '2026-04-02' },
    recordedAt: at,
  });
  await cases.append({ tenantId: 'twn-a', caseId: 'c-d1', event: districtVisit('2026-04-08', 'dv2'), recordedAt: at });
  await new StatisticsRepository(t.store).rebuildStatistics('twn-a', 'd1');
});

const get = async (path: string, user: DemoUser = people.overseer) =>
  ctx.app.request(path, { headers: await ctx.as(user) });

const PERIOD = { from: '2026-04-01', to: '2026-04-30' };
async function villageHeadFine(visitId: string): Promise<number | undefined> {
  const admin = await ctx.as(people.admin);
  expect((await ctx.app.request('/api/ledger/evaluations', json(admin, PERIOD))).status).toBe(200);
  const res = await ctx.app.request(`/api/ledger?period=${PERIOD.from}_${PERIOD.to}&personId=p-v`, { headers: admin });
  const { items } = (await res.json()) as { items: { entryId: string; amountFen: number }[] };
  return items.find((e) => e.entryId === `fine:c-d1:${visitId}:p-v`)?.amountFen;
}

describe('district notices', () => {
  it('lists a township’s visits at district level or above with case, units, date and level, and no petitioner', async () => {
    const res = await get('/api/district/townships/twn-a/visits?year=2026');
    expect(res.status).toBe(200);
    const body = DistrictVisitsSchema.parse(await res.json());
    expect(body.townshipName).toBe('西发镇');
    // The township-level visits of c-v1 are not listed; newest first.
    expect(body.items.map((v) => [v.caseId, v.visitId, v.on, v.levelLabel, v.units])).toEqual([
      ['c-d1', 'dv2', '2026-04-08', '到区', ['东村']],
      ['c-d1', 'dv1', '2026-04-01', '到区', ['东村']],
    ]);
    // The page shows the 编号 officials quote (given at registration: twn-a's are a-2026-NNN), not the case's id.
    const [number] = new Set(body.items.map((v) => v.caseNumber));
    expect(number).toMatch(/^a-2026-\d{3}$/);
    expect(body.items.every((v) => v.caseNumber === number)).toBe(true);
    expect(body.reasons.map((r) => r.label)).toContain('越级到区及以上');
    const text = JSON.stringify(body);
    expect(text).not.toContain('上访人乙');
    expect(text).not.toContain('13900002222');
    expect(text).not.toMatch(/petitioner/i);
  });

  it('answers 404 for a township of another district and for township callers, 400 for a bad year', async () => {
    expect((await get('/api/district/townships/twn-a/visits', people.otherOverseer)).status).toBe(404);
    expect((await get('/api/district/townships/no-such/visits')).status).toBe(404);
    expect((await get('/api/district/townships/twn-a/visits', people.admin)).status).toBe(403);
    const bad = await get('/api/district/townships/twn-a/visits?year=1800');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ invalidParams: [{ path: 'query.year' }] });
  });

  it('a notice with a reason shows on the township’s case and the next evaluation charges the visit in full', async () => {
    expect(await villageHeadFine('dv2')).toBe(10_000);
    const overseer = await ctx.as(people.overseer);
    const noReason = await ctx.app.request(
      '/api/district/townships/twn-a/cases/c-d1/notices',
      json(overseer, { visitId: 'dv2', level: 'district', on: '2026-04-10' }),
    );
    expect(noReason.status).toBe(400);
    expect(await noReason.json()).toMatchObject({ invalidParams: [{ path: 'body.reason' }] });
    const res = await ctx.app.request(
      '/api/district/townships/twn-a/cases/c-d1/notices',
      json(overseer, { visitId: 'dv2', level: 'district', reason: 'repeat', on: '2026-04-10' }),
    );
    expect(res.status).toBe(201);

    const detail = (await (await get('/api/cases/c-d1', people.admin)).json()) as {
      notices: { on: string; visitOn: string; reasonLabel?: string }[];
    };
    expect(detail.notices).toEqual([
      expect.objectContaining({ on: '2026-04-10', visitOn: '2026-04-08', reasonLabel: '重复信访未化解' }),
    ]);
    // The list now shows the visit as notified (the projection followed the notice).
    const list = DistrictVisitsSchema.parse(await (await get('/api/district/townships/twn-a/visits?year=2026')).json());
    expect(list.items.find((v) => v.visitId === 'dv2')?.noticedBy).toEqual(['district']);
    // 1b for the village head is 200元: no longer halved.
    expect(await villageHeadFine('dv2')).toBe(20_000);
  });
});

describe('township onboarding with its first admin and the district template', () => {
  it('creates the township, its first admin account and its first rules from the district template', async () => {
    const overseer = await ctx.as(people.overseer);
    const template = (await (await get('/api/district/rule-template')).json()) as {
      saved: boolean;
      ruleSet: { id: string; collectiveThreshold: number; [k: string]: unknown };
    };
    expect(template.saved).toBe(false);
    const edited = { ...template.ruleSet, id: 'tpl-2026', name: '区模板2026', collectiveThreshold: 7 };
    const saved = await ctx.app.request('/api/district/rule-template', json(overseer, { ruleSet: edited }, 'PUT'));
    expect(saved.status).toBe(200);

    const res = await ctx.app.request(
      '/api/district/townships',
      json(overseer, { id: 'twn-new', name: '新安镇', population: 12000, admin: { name: '孙管理' } }),
    );
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ id: 'twn-new', admin: { id: 'twn-new-admin', name: '孙管理' } });
    const admin: DemoUser = {
      id: 'twn-new-admin',
      name: '孙管理',
      role: 'township_admin',
      districtId: 'd1',
      tenantId: 'twn-new',
    };
    const versions = (await (await get('/api/rules/versions', admin)).json()) as {
      items: { versionId: string; name: string }[];
    };
    expect(versions.items.map((v) => [v.versionId, v.name])).toEqual([['tpl-2026', '区模板2026']]);
    const first = (await (await get('/api/rules/versions/tpl-2026', admin)).json()) as {
      ruleSet: { collectiveThreshold: number };
    };
    expect(first.ruleSet.collectiveThreshold).toBe(7);
  });

  it('refuses a template with a broken table (422 naming the field) and keeps the saved one', async () => {
    const overseer = await ctx.as(people.overseer);
    const current = (await (await get('/api/district/rule-template')).json()) as { ruleSet: Record<string, unknown> };
    const broken = { ...current.ruleSet, penaltyRows: [] };
    const res = await ctx.app.request('/api/district/rule-template', json(overseer, { ruleSet: broken }, 'PUT'));
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain('body.ruleSet.penaltyRows');
    const after = (await (await get('/api/district/rule-template')).json()) as { ruleSet: unknown };
    expect(after.ruleSet).toEqual(current.ruleSet);
  });

  it('answers a name error on its field and creates nothing', async () => {
    const overseer = await ctx.as(people.overseer);
    const res = await ctx.app.request(
      '/api/district/townships',
      json(overseer, { id: 'twn-x', name: '新镇', population: 1, admin: { name: ' ' } }),
    );
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ invalidParams: [{ path: 'body.admin.name' }] });
    const list = (await (await get('/api/district/townships')).json()) as { items: { id: string }[] };
    expect(list.items.map((t) => t.id)).not.toContain('twn-x');
  });
});

describe('GET /api/district/annual-report', () => {
  it('gives the Art. 41 parts from the statistics, as JSON and as Excel', async () => {
    const res = await get('/api/district/annual-report?year=2026');
    expect(res.status).toBe(200);
    const report = DistrictAnnualReportSchema.parse(await res.json());
    expect(Object.values(report.headings)).toEqual([
      '一、受理、办理信访事项和来信来访数据统计',
      '二、信访事项较多的单位',
      '三、转送、交办、督办情况',
      '四、整改落实情况',
    ]);
    const a = report.statistics.townships.find((t) => t.townshipId === 'twn-a');
    expect(a).toMatchObject({ casesRegistered: 2, visits: 5, byLevel: { township: 3, district: 2 } });
    expect(report.topUnits[0]).toMatchObject({
      rank: 1,
      townshipName: '西发镇',
      unitName: '东村',
      cases: 2,
      visits: 5,
    });
    expect(report.transfers.townships.find((t) => t.townshipId === 'twn-a')).toMatchObject({ routed: 2, notices: 1 });
    expect(report.rectification.total.finesFen).toBeGreaterThan(0);
    expect(JSON.stringify(report)).not.toContain('上访人');

    const xlsx = await get('/api/district/annual-report?year=2026&format=xlsx');
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await xlsx.arrayBuffer());
    expect(wb.worksheets.map((w) => w.name)).toEqual(['数据统计', '事项较多的单位', '转送交办督办', '整改落实']);
    expect(String(wb.getWorksheet('转送交办督办')?.getCell('A1').value)).toContain('三、转送、交办、督办情况');
  });

  it('is the district’s only: township callers get 403', async () => {
    expect((await get('/api/district/annual-report', people.admin)).status).toBe(403);
  });
});
