import { createRoute } from '@hono/zod-openapi';
import { endOfMonth, yearBefore } from '@xinfang/domain';
import { monthsBetween, StatisticsCache, TenancyRepository, type DistrictMonth } from '@xinfang/store';
import { requireRole } from '../../auth/middleware';
import { monthInShanghai } from '../../http/dates';
import { badRequest, forbidden } from '../../http/problem';
import { problemResponse } from '../../http/problem-responses';
import { repo } from '../../http/repo';
import { createRouter, createSecuredRouter } from '../../http/router';
import { annualReportResponse, annualReportRoute } from './annual-report-route';
import { districtComparison } from './comparison';
import { ComparisonQuerySchema, ComparisonSchema } from './comparison-schemas';
import { rulesCostRoutes } from './rules-cost-route';
import { json } from '../../http/json-response';
import { jsonMemo } from '../../http/json-memo';

/** A comparison covers at most five years, so one request reads a bounded number of items. */
const MAX_MONTHS = 60;

const comparison = createRoute({
  method: 'get',
  path: '/comparison',
  tags: ['district'],
  summary:
    '区内乡镇对比：来访（同比、−30%目标）、越级与重复、按期受理与办结、满意度、积案、罚款奖励与否决；排名以办结质量为先',
  security: [{ bearer: [] }],
  middleware: [requireRole('district_overseer', 'auditor')] as const,
  request: { query: ComparisonQuerySchema },
  responses: {
    200: json(ComparisonSchema, 'Per township, from the statistics items (townships × months)'),
    400: problemResponse('请求无效'),
    401: problemResponse('未登录'),
    403: problemResponse('无权访问'),
  },
});

/** The comparison and the annual report, from the statistics items (townships × months). */
const comparisonRoutes = createRouter()
  .openapi(comparison, async (c) => {
    const auth = c.get('auth');
    if (auth.tenantId) throw forbidden('乡镇用户不能查看区内对比');
    const query = c.req.valid('query');
    const thisMonth = monthInShanghai(c.get('deps').now());
    const to = query.to ?? thisMonth;
    const from = query.from ?? `${to.slice(0, 4)}-01`;
    if (from > to)
      throw badRequest('起始月份不能晚于截止月份', [{ path: 'query.from', message: '起始月份不能晚于截止月份' }]);
    const period = { from: `${from}-01`, to: endOfMonth(`${to}-01`) };
    const previousPeriod = yearBefore(period);
    const months = monthsBetween(period.from, period.to);
    if (months.length > MAX_MONTHS)
      throw badRequest(`一次最多对比${MAX_MONTHS}个月`, [
        { path: 'query.from', message: `一次最多对比${MAX_MONTHS}个月` },
      ]);
    // The district's statistics version (one GetItem; a statistics write or a new township moves it), then the body
    // kept for it; on a miss its months and rosters come from the per-process cache unless the version moved.
    const stats = repo(c, StatisticsCache);
    const version = await stats.version(auth.districtId);
    const key = `comparison|${auth.districtId}|${from}|${to}|${query.by}|${query.minCases}`;
    return jsonMemo(c).respond(c, key, String(version), async () => {
      const read = async (list: string[]) =>
        new Map<string, DistrictMonth>(
          await Promise.all(
            list.map(async (m) => [m, await stats.districtMonth(auth.districtId, m, version)] as const),
          ),
        );
      const [townships, current, previous, rosters] = await Promise.all([
        repo(c, TenancyRepository).listTownships(auth.districtId),
        read(months),
        read(monthsBetween(previousPeriod.from, previousPeriod.to)),
        stats.districtRosters(auth.districtId, version),
      ]);
      return districtComparison({
        period,
        previousPeriod,
        townships,
        months: current,
        previousMonths: previous,
        rosters,
        minCases: query.minCases,
        byMonth: query.by === 'month',
      });
    });
  })
  .openapi(annualReportRoute, (c) => annualReportResponse(c, c.req.valid('query')));

/** /api/district: what a district overseer compares. Reads the statistics projection only; never a petitioner. */
export const districtComparisonRoutes = createSecuredRouter().route('/', comparisonRoutes).route('/', rulesCostRoutes);
