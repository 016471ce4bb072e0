import type { Context } from 'hono';
import type { AppEnv } from '../../app-env';
import { CaseReviewRepository, type CaseReview } from '@xinfang/store';
import { townshipOf } from '../../auth/middleware';
import { audit } from '../../http/audit';
import { todayInShanghai } from '../../http/dates';
import { badRequest, notFound } from '../../http/problem';
import { repo } from '../../http/repo';
import { createRouter } from '../../http/router';
import { resolveRefs } from './routine-refs';
import { routineRouteSpecs } from './routine-route-specs';
import { newRoutineId } from './routine-roles';
import { CaseReviewInputSchema, CaseReviewListSchema, CaseReviewSchema, type CaseReviewInput } from './schemas';

const { list, create, update } = routineRouteSpecs(
  { record: CaseReviewSchema, list: CaseReviewListSchema, input: CaseReviewInputSchema },
  {
    notFound: '没有这次研判',
    list: {
      summary: '节前重点案件研判（元旦、春节、国庆及其他活动前），按年列出',
      description: "The year's reviews, by meeting date",
    },
    create: {
      summary: '记录一次重点案件研判：逐件的研判意见和包案领导（只涉及事项，不涉及信访人）',
      description: 'Recorded, version 1',
    },
    update: { summary: '修改研判（提交读取到的 version）' },
  },
);

export const reviewRoutes = createRouter()
  .openapi(list, async (c) => {
    const year = c.req.valid('query').year ?? Number(todayInShanghai(c.get('deps').now()).slice(0, 4));
    const items = await repo(c, CaseReviewRepository).listYear(townshipOf(c.get('auth')), year);
    return c.json({ year, items }, 200);
  })
  .openapi(create, async (c) => {
    const input = c.req.valid('json');
    const saved = await save(c, newRoutineId(input.meetingDate), input, 1);
    await audit(c, {
      action: 'routine.review.create',
      targetType: 'case_review',
      targetId: saved.id,
      details: { cases: saved.items.length },
    });
    return c.json(saved, 201);
  })
  .openapi(update, async (c) => {
    const input = c.req.valid('json');
    const { id } = c.req.valid('param');
    const store = repo(c, CaseReviewRepository);
    const current = await store.get(townshipOf(c.get('auth')), id);
    if (!current) throw notFound('没有这次研判');
    if (input.meetingDate !== current.meetingDate) {
      throw badRequest('研判会日期不能修改，请另行记录', [
        { path: 'body.meetingDate', message: `应为 ${current.meetingDate}` },
      ]);
    }
    const saved = await save(c, id, input, (input.version ?? current.version) + 1);
    await audit(c, {
      action: 'routine.review.update',
      targetType: 'case_review',
      targetId: id,
      details: { version: saved.version },
    });
    return c.json(saved, 200);
  });

/** Validates what the input names, copies in names, and writes at `version` (conditional on the one before). */
async function save(c: Context<AppEnv>, id: string, input: CaseReviewInput, version: number): Promise<CaseReview> {
  const tenantId = townshipOf(c.get('auth'));
  const names = await resolveRefs(c, tenantId, {
    cases: input.items.map((item, i) => ({ path: `body.items[${i}].caseId`, id: item.caseId })),
    leaders: input.items.map((item, i) => ({ path: `body.items[${i}].leaderId`, id: item.leaderId })),
  });
  return repo(c, CaseReviewRepository).put(tenantId, {
    id,
    occasion: input.occasion,
    ...(input.eventName !== undefined ? { eventName: input.eventName } : {}),
    eventDate: input.eventDate,
    meetingDate: input.meetingDate,
    items: input.items.map((item) => ({
      caseId: item.caseId,
      ...names.caseNumber(item.caseId),
      caseSummary: names.caseSummary(item.caseId),
      decision: item.decision,
      leaderId: item.leaderId,
      leaderName: names.leaderName(item.leaderId),
      ...(item.dueDate !== undefined ? { dueDate: item.dueDate } : {}),
    })),
    version,
    updatedAt: c.get('deps').now().toISOString(),
    updatedBy: c.get('auth').userId,
  });
}
