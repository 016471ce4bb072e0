import { createRoute } from '@hono/zod-openapi';
import { CaseRepository, unitsOf } from '@xinfang/store';
import { randomUUID } from 'node:crypto';
import type { AuthContext } from '../../auth/auth-context';
import { requireRole, townshipOf } from '../../auth/middleware';
import { audit } from '../../http/audit';
import { todayInShanghai } from '../../http/dates';
import { idempotent } from '../../http/idempotency';
import { badRequest, forbidden, notFound } from '../../http/problem';
import { repo } from '../../http/repo';
import { assertUnitMaySee, assertUnitsExist } from './case-access';
import { CaseActionSchema, eventOf, type CaseAction } from './event-body';
import { presentSummary } from './present';
import { problems } from './problem-responses';
import { AppendedSchema, CaseIdParamSchema } from './schemas';
import { assertFormMatchesHeadcount } from './visit-form';
import { createRouter } from '../../http/router';
import { json, jsonContent } from '../../http/json-response';

const route = createRoute({
  method: 'post',
  path: '/{id}/events',
  tags: ['cases'],
  summary:
    '办理操作：受理、归口、分理、督办、结案、反馈、复查、复核、延期、办结、再次来访、领回、满意度、较坏影响、责任单位变更',
  description:
    '`expectedSeq` 为调用方最后看到的 `lastSeq`；已被他人更新时返回 409 和 `currentSeq`。当前状态不允许的操作返回 422 和 `code`。',
  security: [{ bearer: [] }],
  middleware: [requireRole('petition_officer', 'township_admin', 'unit_reporter'), idempotent] as const,
  request: {
    params: CaseIdParamSchema,
    body: { required: true, ...jsonContent(CaseActionSchema) },
  },
  responses: {
    201: json(AppendedSchema, 'Appended'),
    ...problems(400, 401, 403, 404, 409, 422),
  },
});

/** What a unit reporter may record: its own unit's retrievals and the resolution of its unit's cases. */
const UNIT_REPORTER_ACTIONS: CaseAction['kind'][] = ['retrieval', 'resolve'];

function assertMayAct(auth: AuthContext, action: CaseAction): void {
  if (action.kind === 'serious_impact' && auth.role !== 'township_admin')
    throw forbidden('只有乡镇管理员可以认定造成较坏影响');
  if (auth.role !== 'unit_reporter') return;
  if (!UNIT_REPORTER_ACTIONS.includes(action.kind)) throw forbidden('单位信息员只能记录本单位的领回和办结');
  if (action.kind === 'retrieval' && action.unitId !== auth.unitId) throw forbidden('单位信息员只能记录本单位的领回');
}

export const eventRoutes = createRouter().openapi(route, async (c) => {
  const auth = c.get('auth');
  const tenantId = townshipOf(auth);
  const { id } = c.req.valid('param');
  const action = c.req.valid('json');
  assertMayAct(auth, action);
  const today = todayInShanghai(c.get('deps').now());
  const on = action.on ?? today;
  if (on > today) throw badRequest('日期不能晚于今天', [{ path: 'body.on', message: '不能晚于今天' }]);

  const cases = repo(c, CaseRepository);
  const current = await cases.summary(tenantId, id);
  if (!current) throw notFound('信访事项不存在');
  assertUnitMaySee(auth, current);
  if (action.kind === 'retrieval') await assertUnitsExist(c, tenantId, [{ path: 'body.unitId', id: action.unitId }]);
  if (action.kind === 'units_changed') {
    await assertUnitsExist(
      c,
      tenantId,
      action.responsibleUnitIds.map((u, i) => ({ path: `body.responsibleUnitIds[${i}]`, id: u })),
    );
  }
  if (action.kind === 'visit') await assertFormMatchesHeadcount(c, tenantId, { ...action, on }, 'body.form');
  if (action.kind === 'retrieval' && !unitsOf(current).includes(action.unitId)) {
    throw badRequest('领回单位必须是该事项的责任单位或来源单位', [
      { path: 'body.unitId', message: '不是该事项的单位' },
    ]);
  }

  const appended = await cases.append({
    tenantId,
    caseId: id,
    expectedSeq: action.expectedSeq,
    event: eventOf(action, { on, by: auth.userId, visitId: randomUUID() }),
    recordedAt: c.get('deps').now().toISOString(),
  });
  await audit(c, {
    action: `case.event.${action.kind}`,
    targetType: 'case',
    targetId: id,
    details: { seq: appended.event.seq, kind: appended.event.kind },
  });
  return c.json({ seq: appended.event.seq, case: presentSummary(appended.summary, today) }, 201);
});
