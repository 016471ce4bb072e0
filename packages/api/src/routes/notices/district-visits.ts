import { createRoute, z } from '@hono/zod-openapi';
import {
  formLabel,
  levelLabel,
  levelRank,
  NoticeReason,
  noticeReasonLabel,
  VisitForm,
  VisitLevel,
} from '@xinfang/domain';
import { monthsBetween, OrgRepository, StatisticsRepository, TenancyRepository, visitCaseNumber } from '@xinfang/store';
import type { Context } from 'hono';
import type { AppEnv } from '../../app-env';
import { requireRole } from '../../auth/middleware';
import { todayInShanghai } from '../../http/dates';
import { notFound } from '../../http/problem';
import { problemResponse } from '../../http/problem-responses';
import { repo } from '../../http/repo';
import { json } from '../../http/json-response';

const NoticeLevel = z.enum(['district', 'city', 'province', 'national']);

/** One visit at district level or above, as the district sees it: the case, its units, date and level. No petitioner. */
export const DistrictVisitSchema = z.object({
  caseId: z.string().openapi({ description: '信访事项的 id（通报时用）' }),
  /** 编号 as officials quote it (its id for a case without one): what the page shows. */
  caseNumber: z.string().openapi({ description: '信访事项编号', example: 'xiji-2026-046' }),
  /** Absent for visits projected before visit ids were kept: such a visit cannot be notified from this list. */
  visitId: z.string().optional(),
  on: z.string(),
  level: VisitLevel,
  levelLabel: z.string(),
  form: VisitForm,
  formLabel: z.string(),
  headcount: z.number().int(),
  /** The case's responsible units, by name. */
  units: z.array(z.string()),
  /** The levels that have notified the visit already. */
  noticedBy: z.array(NoticeLevel),
});

export const DistrictVisitsSchema = z
  .object({
    townshipId: z.string(),
    townshipName: z.string(),
    year: z.number().int(),
    items: z.array(DistrictVisitSchema),
    /** 通报事由 to choose from, with their Chinese labels. */
    reasons: z.array(z.object({ value: NoticeReason, label: z.string() })),
  })
  .openapi('DistrictVisits');

const Year = z.coerce.number().int().min(2000).max(2099);

export const districtVisitsRoute = createRoute({
  method: 'get',
  path: '/townships/{townshipId}/visits',
  tags: ['district'],
  summary: '本区某乡镇到区及以上的来访（事项编号、责任单位、日期、层级；不含信访人），供区级通报',
  security: [{ bearer: [] }],
  middleware: [requireRole('district_overseer', 'auditor')] as const,
  request: {
    params: z.object({
      townshipId: z
        .string()
        .min(1)
        .max(100)
        .openapi({ param: { name: 'townshipId', in: 'path' } }),
    }),
    query: z.object({ year: Year.optional().openapi({ description: '年份，默认今年' }) }),
  },
  responses: {
    200: json(DistrictVisitsSchema, 'From the statistics items of the year (one per month): never the case events'),
    400: problemResponse('请求无效'),
    401: problemResponse('未登录'),
    403: problemResponse('无权访问'),
    404: problemResponse('没有这个乡镇（或不属于本区）'),
  },
});

/** A township of another district, or a township-scoped caller, gets the answer of a township that does not exist. */
export async function districtVisits(c: Context<AppEnv>, townshipId: string, year?: number) {
  const auth = c.get('auth');
  if (auth.tenantId) throw notFound('没有这个乡镇');
  const township = await repo(c, TenancyRepository).getTownship(townshipId);
  if (!township || township.districtId !== auth.districtId) throw notFound('没有这个乡镇');
  const y = year ?? Number(todayInShanghai(c.get('deps').now()).slice(0, 4));
  const [months, org] = await Promise.all([
    repo(c, StatisticsRepository).townshipMonths(
      auth.districtId,
      townshipId,
      monthsBetween(`${y}-01-01`, `${y}-12-31`),
    ),
    repo(c, OrgRepository).loadOrg(townshipId),
  ]);
  const unitName = new Map(org.units.map((u) => [u.id, u.name]));
  const items = [...months.stats.values()]
    .flatMap((m) => m.visits.list)
    .filter((v) => levelRank(v.level) >= levelRank('district'))
    .sort((a, b) => (a.on === b.on ? a.caseId.localeCompare(b.caseId) : a.on < b.on ? 1 : -1))
    .map((v) => ({
      caseId: v.caseId,
      caseNumber: visitCaseNumber(v),
      ...(v.visitId ? { visitId: v.visitId } : {}),
      on: v.on,
      level: v.level,
      levelLabel: levelLabel[v.level],
      form: v.form,
      formLabel: formLabel[v.form],
      headcount: v.headcount,
      units: v.unitIds.map((id) => unitName.get(id) ?? '（已撤销单位）'),
      noticedBy: v.noticedBy,
    }));
  return {
    townshipId,
    townshipName: township.name,
    year: y,
    items,
    reasons: NoticeReason.options.map((value) => ({ value, label: noticeReasonLabel[value] })),
  };
}

export type DistrictVisits = z.infer<typeof DistrictVisitsSchema>;
