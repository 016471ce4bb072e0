import { createRoute, z, type RouteConfig } from '@hono/zod-openapi';
import { endOfMonth } from '@xinfang/domain';
import type { Context } from 'hono';
import type { AppEnv } from '../../app-env';
import { requireRole, townshipOf } from '../../auth/middleware';
import { ApiDate, todayInShanghai, YearMonth } from '../../http/dates';
import { problemResponse } from '../../http/problem-responses';
import { createSecuredRouter } from '../../http/router';
import { annualReport, annualSheets } from './annual';
import { monthlyReport, monthlySheets } from './monthly';
import { jsonMemo } from '../../http/json-memo';
import {
  loadReportData,
  loadReportDataWithLines,
  reportVersions,
  versionsTag,
  type ReportData,
  type ReportDataWithLines,
  type ReportPeriod,
} from './report-data';
import type { TownshipVersions } from '@xinfang/store';
import { AnnualReportSchema, MonthlyReportSchema, WeeklyReportSchema } from './report-schemas';
import type { ReportDocument } from './sheet';
import { weeklyReport, weeklySheets, weekOf } from './weekly';
import { attachment, toXlsx, XLSX_TYPE } from './xlsx';

const Format = z
  .enum(['json', 'xlsx'])
  .default('json')
  .openapi({ description: 'json（默认）或 xlsx（Excel，A4 打印）' });

function reportRoute<Q extends z.ZodObject, R extends z.ZodObject>(path: string, summary: string, body: R, query: Q) {
  return createRoute({
    method: 'get',
    path,
    tags: ['reports'],
    summary,
    security: [{ bearer: [] }],
    // Township-wide figures: the office, the admin and auditors; unit reporters see their own unit in the ledger instead.
    middleware: [requireRole('township_admin', 'petition_officer', 'auditor')],
    request: { query },
    responses: {
      200: {
        description: `${summary}（JSON 或 Excel）`,
        content: {
          'application/json': { schema: body },
          [XLSX_TYPE]: { schema: z.string().openapi({ format: 'binary' }) },
        },
      },
      400: problemResponse('请求无效'),
      401: problemResponse('未登录'),
      403: problemResponse('无权访问'),
      404: problemResponse('乡镇尚未开通'),
    },
  } satisfies RouteConfig);
}

const weekly = reportRoute(
  '/weekly',
  '周通报：本周来访（按单位、层级、形式）与新增处罚',
  WeeklyReportSchema,
  z.object({ weekOf: ApiDate.optional(), format: Format }),
);
const monthly = reportRoute(
  '/monthly',
  '月小结：本月数据与考核指标',
  MonthlyReportSchema,
  z.object({ month: YearMonth.optional(), format: Format }),
);
const annual = reportRoute(
  '/annual',
  '年汇总：单位与个人的罚款、奖励、一票否决，目标对比上年',
  AnnualReportSchema,
  z.object({ year: z.coerce.number().int().min(2000).max(2099).optional(), format: Format }),
);

/**
 * JSON from the memo (built again only when a township version moved: one GetItem when nothing did); Excel built
 * each time from the same data.
 */
async function respond<D extends ReportData, R extends object>(
  c: Context<AppEnv>,
  key: { report: string; format: 'json' | 'xlsx'; period: ReportPeriod },
  loadData: (c: Context<AppEnv>, tenantId: string, period: ReportPeriod, versions: TownshipVersions) => Promise<D>,
  build: (data: D) => R,
  doc: (report: R) => ReportDocument,
): Promise<Response> {
  const tenantId = townshipOf(c.get('auth'));
  const versions = await reportVersions(c, tenantId);
  const report = async () => build(await loadData(c, tenantId, key.period, versions));
  if (key.format === 'json') {
    const memoKey = `${key.report}|${tenantId}|${key.period.from}|${key.period.to}`;
    return jsonMemo(c).respond(c, memoKey, versionsTag(versions), report);
  }
  const d = doc(await report());
  return c.body(await toXlsx(d), 200, { 'content-type': XLSX_TYPE, 'content-disposition': attachment(d.fileName) });
}

const today = (c: Context<AppEnv>) => todayInShanghai(c.get('deps').now());

/** /api/reports: 周通报 · 月小结 · 年汇总, each as JSON or an Excel workbook. Petitioners are not in the data they read. */
export const reportRoutes = createSecuredRouter()
  .openapi(weekly, (c) => {
    const { weekOf: date, format } = c.req.valid('query');
    const period = weekOf(date ?? today(c));
    return respond(c, { report: 'weekly', format, period }, loadReportDataWithLines, weeklyReport, weeklySheets);
  })
  .openapi(monthly, (c) => {
    const { month = today(c).slice(0, 7), format } = c.req.valid('query');
    const period = { from: `${month}-01`, to: endOfMonth(`${month}-01`) };
    const build = (data: ReportData) => monthlyReport(data, month);
    return respond(c, { report: 'monthly', format, period }, loadReportData, build, monthlySheets);
  })
  .openapi(annual, (c) => {
    const { year = Number(today(c).slice(0, 4)), format } = c.req.valid('query');
    const period = { from: `${year}-01-01`, to: `${year}-12-31` };
    const build = (data: ReportDataWithLines) => annualReport(data, year);
    return respond(c, { report: 'annual', format, period }, loadReportDataWithLines, build, annualSheets);
  });
