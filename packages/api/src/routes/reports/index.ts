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
import { loadReportData } from './report-data';
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

async function respond(
  c: Context<AppEnv>,
  format: 'json' | 'xlsx',
  report: object,
  doc: () => ReportDocument,
): Promise<Response> {
  if (format === 'json') return c.json(report, 200);
  const d = doc();
  return c.body(await toXlsx(d), 200, { 'content-type': XLSX_TYPE, 'content-disposition': attachment(d.fileName) });
}

const today = (c: Context<AppEnv>) => todayInShanghai(c.get('deps').now());

/** /api/reports: 周通报 · 月小结 · 年汇总, each as JSON or an Excel workbook. Petitioners are not in the data they read. */
export const reportRoutes = createSecuredRouter()
  .openapi(weekly, async (c) => {
    const { weekOf: date, format } = c.req.valid('query');
    const week = weekOf(date ?? today(c));
    const report = weeklyReport(await loadReportData(c, townshipOf(c.get('auth')), week));
    return respond(c, format, report, () => weeklySheets(report));
  })
  .openapi(monthly, async (c) => {
    const { month = today(c).slice(0, 7), format } = c.req.valid('query');
    const period = { from: `${month}-01`, to: endOfMonth(`${month}-01`) };
    const data = await loadReportData(c, townshipOf(c.get('auth')), period);
    const report = monthlyReport(data, month);
    return respond(c, format, report, () => monthlySheets(report));
  })
  .openapi(annual, async (c) => {
    const { year = Number(today(c).slice(0, 4)), format } = c.req.valid('query');
    const data = await loadReportData(c, townshipOf(c.get('auth')), { from: `${year}-01-01`, to: `${year}-12-31` });
    const report = annualReport(data, year);
    return respond(c, format, report, () => annualSheets(report));
  });
