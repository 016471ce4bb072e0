import { createRoute, z } from '@hono/zod-openapi';
import {
  monthsBetween,
  OrgRepository,
  StatisticsRepository,
  TenancyRepository,
  type DistrictMonth,
} from '@xinfang/store';
import type { Context } from 'hono';
import type { AppEnv } from '../../app-env';
import { requireRole } from '../../auth/middleware';
import { todayInShanghai } from '../../http/dates';
import { forbidden } from '../../http/problem';
import { problemResponse } from '../../http/problem-responses';
import { repo } from '../../http/repo';
import { attachment, toXlsx, XLSX_TYPE } from '../reports/xlsx';
import { DistrictAnnualQuerySchema, DistrictAnnualReportSchema } from './annual-report-schemas';

export const annualReportRoute = createRoute({
  method: 'get',
  path: '/annual-report',
  tags: ['district'],
  summary: '区年度信访工作情况报告（信访工作条例第四十一条）：数据统计、事项较多的单位、转送交办督办、整改落实',
  security: [{ bearer: [] }],
  middleware: [requireRole('district_overseer', 'auditor')] as const,
  request: { query: DistrictAnnualQuerySchema },
  responses: {
    200: {
      description: 'From the statistics items of the year and the year before (townships × months)',
      content: {
        'application/json': { schema: DistrictAnnualReportSchema },
        [XLSX_TYPE]: { schema: z.string().openapi({ format: 'binary' }) },
      },
    },
    400: problemResponse('请求无效'),
    401: problemResponse('未登录'),
    403: problemResponse('无权访问'),
  },
});

/** Reads the district's months of the year and the year before, its backlog rosters and its townships' unit names. */
export async function annualReportResponse(
  c: Context<AppEnv>,
  query: z.infer<typeof DistrictAnnualQuerySchema>,
): Promise<Response> {
  const auth = c.get('auth');
  if (auth.tenantId) throw forbidden('乡镇用户不能查看区年度报告');
  const { year = Number(todayInShanghai(c.get('deps').now()).slice(0, 4)), format } = query;
  const stats = repo(c, StatisticsRepository);
  const tenancy = repo(c, TenancyRepository);
  const read = async (y: number) =>
    new Map<string, DistrictMonth>(
      await Promise.all(
        monthsBetween(`${y}-01-01`, `${y}-12-31`).map(
          async (m) => [m, await stats.districtMonth(auth.districtId, m)] as const,
        ),
      ),
    );
  const [district, townships, months, previousMonths, rosters] = await Promise.all([
    tenancy.getDistrict(auth.districtId),
    tenancy.listTownships(auth.districtId),
    read(year),
    read(year - 1),
    stats.districtRosters(auth.districtId),
  ]);
  const orgs = await Promise.all(townships.map((t) => repo(c, OrgRepository).loadOrg(t.id)));
  const unitNames = new Map(
    orgs.map((o, i) => [townships[i]?.id ?? '', new Map(o.units.map((u) => [u.id, u.name]))] as const),
  );
  // Asked for once a year: its code loads on first use, so a cold start does not read it.
  const { districtAnnualReport } = await import('./annual-report');
  const report = districtAnnualReport({
    year,
    districtName: district?.name ?? '本区',
    townships,
    months,
    previousMonths,
    rosters,
    unitNames,
  });
  if (format === 'json') return c.json(report, 200);
  const { districtAnnualSheets } = await import('./annual-report-sheets');
  const doc = districtAnnualSheets(report);
  return c.body(await toXlsx(doc), 200, { 'content-type': XLSX_TYPE, 'content-disposition': attachment(doc.fileName) });
}
