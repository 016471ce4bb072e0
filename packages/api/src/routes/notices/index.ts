import { createRoute, z } from '@hono/zod-openapi';
import { NoticeReason } from '@xinfang/domain';
import { CaseRepository, TenancyRepository } from '@xinfang/store';
import type { Context } from 'hono';
import type { AppEnv } from '../../app-env';
import { requireRole } from '../../auth/middleware';
import { audit } from '../../http/audit';
import { todayInShanghai } from '../../http/dates';
import { idempotent } from '../../http/idempotency';
import { badRequest, notFound } from '../../http/problem';
import { repo } from '../../http/repo';
import { createSecuredRouter } from '../../http/router';
import { presentSummary } from '../cases/present';
import { problems } from '../cases/problem-responses';
import { AppendedSchema } from '../cases/schemas';
import { ApiDate } from '../../http/dates';
import { districtVisits, districtVisitsRoute } from './district-visits';
import { json, jsonContent } from '../../http/json-response';

const Id = z.string().min(1).max(100);

export const NoticeSchema = z
  .object({
    visitId: Id,
    level: z.enum(['district', 'city', 'province', 'national']),
    /** 通报事由, from the list (越级 · 重复 · 集体访 · 超期 · 化解不力 · 其他). */
    reason: NoticeReason,
    /** Defaults to today (Asia/Shanghai); never in the future. */
    on: ApiDate.optional(),
    note: z.string().max(2000).optional(),
  })
  .openapi('Notice');

export type NoticeInput = z.input<typeof NoticeSchema>;

const Params = z.object({
  townshipId: Id.openapi({ param: { name: 'townshipId', in: 'path' } }),
  caseId: Id.openapi({ param: { name: 'caseId', in: 'path' } }),
});

/**
 * The one path that names a township. A district notice (通报) is issued by the district about a township's case,
 * so the district caller must say which township; the token still decides: the township must belong to the
 * caller's district (from the token), else 404 — the same answer as for a case that does not exist.
 */
const route = createRoute({
  method: 'post',
  path: '/townships/{townshipId}/cases/{caseId}/notices',
  tags: ['cases'],
  summary: '区级通报一次来访（区信访局；仅本区乡镇）',
  security: [{ bearer: [] }],
  middleware: [requireRole('district_overseer'), idempotent] as const,
  request: { params: Params, body: { required: true, ...jsonContent(NoticeSchema) } },
  responses: {
    201: json(AppendedSchema, 'The notice was appended to the case'),
    ...problems(400, 401, 403, 404, 422),
  },
});

async function assertTownshipInDistrict(c: Context<AppEnv>, townshipId: string): Promise<void> {
  if (!(await repo(c, TenancyRepository).townshipInDistrict(townshipId, c.get('auth').districtId)))
    throw notFound('信访事项不存在');
}

export const districtNoticeRoutes = createSecuredRouter()
  .openapi(districtVisitsRoute, async (c) =>
    c.json(await districtVisits(c, c.req.valid('param').townshipId, c.req.valid('query').year), 200),
  )
  .openapi(route, async (c) => {
    const auth = c.get('auth');
    const { townshipId, caseId } = c.req.valid('param');
    const body = c.req.valid('json');
    const today = todayInShanghai(c.get('deps').now());
    const on = body.on ?? today;
    if (on > today) throw badRequest('通报日期不能晚于今天', [{ path: 'body.on', message: '不能晚于今天' }]);
    await assertTownshipInDistrict(c, townshipId);

    const appended = await repo(c, CaseRepository).append({
      tenantId: townshipId,
      caseId,
      event: {
        kind: 'notice',
        on,
        by: auth.userId,
        visitId: body.visitId,
        level: body.level,
        reason: body.reason,
        ...(body.note ? { note: body.note } : {}),
      },
      recordedAt: c.get('deps').now().toISOString(),
    });
    // On the township's log, where the case's audit trail is read.
    await audit(c, {
      tenantId: townshipId,
      action: 'case.notice',
      targetType: 'case',
      targetId: caseId,
      details: {
        seq: appended.event.seq,
        visitId: body.visitId,
        level: body.level,
        reason: body.reason,
        districtId: auth.districtId,
      },
    });
    return c.json({ seq: appended.event.seq, case: presentSummary(appended.summary, today) }, 201);
  });
