import { createRoute } from '@hono/zod-openapi';
import { CaseRepository, OrgItemExistsError, OrgRepository } from '@xinfang/store';
import { randomUUID } from 'node:crypto';
import { requireRole, townshipOf } from '../../auth/middleware';
import { audit } from '../../http/audit';
import { todayInShanghai } from '../../http/dates';
import { idempotent, idFromIdempotencyKey } from '../../http/idempotency';
import { badRequest, unprocessable } from '../../http/problem';
import { repo } from '../../http/repo';
import { assertUnitsExist } from './case-access';
import { presentSummary } from './present';
import { assertFormMatchesHeadcount } from './visit-form';
import { problems } from './problem-responses';
import { issueQueryCode } from '../../query-code/issue-query-code';
import { RegisteredCaseSchema, RegisterCaseSchema } from './schemas';
import { createRouter } from '../../http/router';
import { json, jsonContent } from '../../http/json-response';

const route = createRoute({
  method: 'post',
  path: '/',
  tags: ['cases'],
  summary: '登记信访事项（接访）：登记和首次来访；信访人信息单独保存',
  security: [{ bearer: [] }],
  middleware: [requireRole('petition_officer', 'township_admin'), idempotent] as const,
  request: { body: { required: true, ...jsonContent(RegisterCaseSchema) } },
  responses: {
    201: json(RegisteredCaseSchema, 'Registered; Location names the case. `queryCode` is shown this once'),
    ...problems(400, 401, 403, 409, 422),
  },
});

export const registerRoutes = createRouter().openapi(route, async (c) => {
  const auth = c.get('auth');
  const tenantId = townshipOf(auth);
  const body = c.req.valid('json');
  const today = todayInShanghai(c.get('deps').now());
  const registeredOn = body.registeredOn ?? today;
  const visitOn = body.firstVisit.on ?? registeredOn;
  if (registeredOn > today)
    throw badRequest('登记日期不能晚于今天', [{ path: 'body.registeredOn', message: '不能晚于今天' }]);
  if (visitOn > today)
    throw badRequest('来访日期不能晚于今天', [{ path: 'body.firstVisit.on', message: '不能晚于今天' }]);
  if (visitOn < registeredOn)
    throw badRequest('首次来访日期不能早于登记日期', [{ path: 'body.firstVisit.on', message: '不能早于登记日期' }]);
  await assertUnitsExist(c, tenantId, [
    { path: 'body.originUnitId', id: body.originUnitId },
    ...body.responsibleUnitIds.map((id, i) => ({ path: `body.responsibleUnitIds[${i}]`, id })),
  ]);
  await assertFormMatchesHeadcount(c, tenantId, { ...body.firstVisit, on: visitOn }, 'body.firstVisit.form');

  const org = repo(c, OrgRepository);
  if (body.caseLeaderId && !(await org.get(tenantId, 'person', body.caseLeaderId))) {
    throw unprocessable(
      '本乡镇没有这位人员',
      [{ path: 'body.caseLeaderId', message: '本乡镇没有这位人员' }],
      'unknown_person',
    );
  }

  // From the Idempotency-Key when there is one: a retry of a registration that failed part-way completes this case.
  const caseId = idFromIdempotencyKey(c, 'case') ?? randomUUID();
  const summary = await repo(c, CaseRepository).register({
    tenantId,
    districtId: auth.districtId,
    caseId,
    registered: {
      kind: 'registered',
      on: registeredOn,
      by: auth.userId,
      caseType: body.caseType,
      category: body.category,
      summary: body.summary,
      originUnitId: body.originUnitId,
      responsibleUnitIds: body.responsibleUnitIds,
      ...(body.firstRegisteredOn ? { firstRegisteredOn: body.firstRegisteredOn } : {}),
      ...(body.note ? { note: body.note } : {}),
    },
    firstVisit: { kind: 'visit', ...body.firstVisit, on: visitOn, by: auth.userId, visitId: `${caseId}-v1` },
    ...(body.petitioner ? { petitioner: body.petitioner } : {}),
    recordedAt: c.get('deps').now().toISOString(),
  });
  // 包案领导: the org chart's case_leader assignment, from the registration date (a retried request finds it there).
  if (body.caseLeaderId) {
    const at = c.get('deps').now().toISOString();
    const personId = body.caseLeaderId;
    const leader = { id: `${caseId}-leader`, personId, role: 'case_leader' as const, caseId, from: registeredOn };
    // Its id is the case's: already there means a retry of this registration wrote it before failing.
    await org.create(tenantId, 'assignment', leader, at).catch((error: unknown) => {
      if (!(error instanceof OrgItemExistsError)) throw error;
    });
  }
  // The petitioner's query code (查询码): given now, stored only as a hash, so this answer is the one place it appears.
  const { queryCode } = await issueQueryCode(c, tenantId, caseId);
  // The petitioner's identity stays out of the audit details, like everywhere but its own item.
  await audit(c, {
    action: 'case.register',
    targetType: 'case',
    targetId: caseId,
    details: { caseType: body.caseType, category: body.category, withPetitioner: body.petitioner !== undefined },
  });
  c.header('Location', `/api/cases/${caseId}`);
  return c.json({ ...presentSummary(summary, today), queryCode }, 201);
});
