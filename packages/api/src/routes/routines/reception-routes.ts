import { ReceptionDayRepository, type ReceptionDay } from '@xinfang/store';
import type { Context } from 'hono';
import type { AppEnv } from '../../app-env';
import { townshipOf } from '../../auth/middleware';
import { audit } from '../../http/audit';
import { todayInShanghai } from '../../http/dates';
import { badRequest, notFound } from '../../http/problem';
import { repo } from '../../http/repo';
import { createRouter } from '../../http/router';
import { resolveRefs } from './routine-refs';
import { routineRouteSpecs } from './routine-route-specs';
import { newRoutineId } from './routine-roles';
import { ReceptionDayInputSchema, ReceptionDayListSchema, ReceptionDaySchema, type ReceptionDayInput } from './schemas';

const { list, create, update } = routineRouteSpecs(
  { record: ReceptionDaySchema, list: ReceptionDayListSchema, input: ReceptionDayInputSchema },
  {
    notFound: '没有这个接访日',
    list: {
      summary: '领导接访日安排（日期、领导、地点）及当天接待的信访事项，按年列出',
      description: "The year's reception days, by date",
    },
    create: { summary: '安排一个领导接访日', description: 'Scheduled, version 1' },
    update: { summary: '修改接访日（领导、地点、当天接待的事项；提交读取到的 version）' },
  },
);

export const receptionRoutes = createRouter()
  .openapi(list, async (c) => {
    const year = c.req.valid('query').year ?? Number(todayInShanghai(c.get('deps').now()).slice(0, 4));
    const items = await repo(c, ReceptionDayRepository).listYear(townshipOf(c.get('auth')), year);
    return c.json({ year, items }, 200);
  })
  .openapi(create, async (c) => {
    const input = c.req.valid('json');
    const saved = await save(c, newRoutineId(input.date), input, 1);
    await audit(c, {
      action: 'routine.reception.create',
      targetType: 'reception_day',
      targetId: saved.id,
      details: { date: saved.date },
    });
    return c.json(saved, 201);
  })
  .openapi(update, async (c) => {
    const input = c.req.valid('json');
    const { id } = c.req.valid('param');
    const current = await repo(c, ReceptionDayRepository).get(townshipOf(c.get('auth')), id);
    if (!current) throw notFound('没有这个接访日');
    if (input.date !== current.date) {
      throw badRequest('接访日期不能修改，请另行安排', [{ path: 'body.date', message: `应为 ${current.date}` }]);
    }
    const saved = await save(c, id, input, (input.version ?? current.version) + 1);
    await audit(c, {
      action: 'routine.reception.update',
      targetType: 'reception_day',
      targetId: id,
      details: { version: saved.version, cases: saved.cases.length },
    });
    return c.json(saved, 200);
  });

async function save(c: Context<AppEnv>, id: string, input: ReceptionDayInput, version: number): Promise<ReceptionDay> {
  const tenantId = townshipOf(c.get('auth'));
  const names = await resolveRefs(c, tenantId, {
    cases: input.caseIds.map((caseId, i) => ({ path: `body.caseIds[${i}]`, id: caseId })),
    leaders: [{ path: 'body.leaderId', id: input.leaderId }],
  });
  return repo(c, ReceptionDayRepository).put(tenantId, {
    id,
    date: input.date,
    leaderId: input.leaderId,
    leaderName: names.leaderName(input.leaderId),
    place: input.place,
    cases: input.caseIds.map((caseId) => ({
      caseId,
      ...names.caseNumber(caseId),
      caseSummary: names.caseSummary(caseId),
    })),
    version,
    updatedAt: c.get('deps').now().toISOString(),
    updatedBy: c.get('auth').userId,
  });
}
