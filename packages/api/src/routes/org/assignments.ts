import { createRoute } from '@hono/zod-openapi';
import { activeOn } from '@xinfang/domain';
import { OrgRepository } from '@xinfang/store';
import { requireRole, TOWNSHIP_READERS, townshipOf } from '../../auth/middleware';
import { audit } from '../../http/audit';
import { idempotent } from '../../http/idempotency';
import { badRequest, conflict } from '../../http/problem';
import { repo } from '../../http/repo';
import { createRouter } from '../../http/router';
import { problemResponses } from '../tenancy/problem-responses';
import { assertConsistent, withRecord } from './org-consistency';
import { requireVersion } from './record-update';
import {
  AssignmentQuery,
  AssignmentSchema,
  EndAssignmentSchema,
  IdParam,
  listOf,
  VersionedAssignmentSchema,
} from './schemas';
import { json, jsonContent } from '../../http/json-response';

const list = createRoute({
  method: 'get',
  path: '/',
  tags: ['org'],
  summary: '任职（主要责任人、联系、分管、包案、具体责任人），可按单位、人员、角色、日期筛选',
  security: [{ bearer: [] }],
  middleware: [requireRole(...TOWNSHIP_READERS)] as const,
  request: { query: AssignmentQuery },
  responses: {
    200: json(listOf(VersionedAssignmentSchema, 'AssignmentList'), 'Assignments'),
    ...problemResponses(400, 401, 403),
  },
});

const create = createRoute({
  method: 'post',
  path: '/',
  tags: ['org'],
  summary: '新增任职（人员和单位必须存在）',
  security: [{ bearer: [] }],
  middleware: [requireRole('township_admin'), idempotent] as const,
  request: { body: { required: true, ...jsonContent(AssignmentSchema) } },
  responses: {
    201: json(VersionedAssignmentSchema, 'Created, version 1'),
    ...problemResponses(400, 401, 403, 409, 422),
  },
});

const end = createRoute({
  method: 'post',
  path: '/{id}/end',
  tags: ['org'],
  summary: '结束任职（设定最后一天；任职不删除，历史责任仍可查）',
  security: [{ bearer: [] }],
  middleware: [requireRole('township_admin')] as const,
  request: {
    params: IdParam,
    body: { required: true, ...jsonContent(EndAssignmentSchema) },
  },
  responses: { 200: json(VersionedAssignmentSchema, 'Ended'), ...problemResponses(400, 401, 403, 404, 409) },
});

export const assignmentRoutes = createRouter()
  .openapi(list, async (c) => {
    const { unitId, personId, role, activeOn: date } = c.req.valid('query');
    const all = await repo(c, OrgRepository).list(townshipOf(c.get('auth')), 'assignment');
    const items = all.filter(
      (a) =>
        (unitId === undefined || a.unitId === unitId) &&
        (personId === undefined || a.personId === personId) &&
        (role === undefined || a.role === role) &&
        (date === undefined || activeOn(a, date)),
    );
    return c.json({ items }, 200);
  })
  .openapi(create, async (c) => {
    const tenantId = townshipOf(c.get('auth'));
    const assignment = c.req.valid('json');
    const store = repo(c, OrgRepository);
    const org = await store.loadVersionedOrg(tenantId);
    if (org.assignments.some((a) => a.id === assignment.id))
      throw conflict(`任职编号已存在：${assignment.id}`, { code: 'id_exists' });
    const { org: after, index } = withRecord(org, 'assignments', assignment);
    assertConsistent(org, after, { list: 'assignments', index });
    const saved = await store.create(tenantId, 'assignment', assignment, c.get('deps').now().toISOString());
    const { id: _id, ...details } = assignment;
    await audit(c, { action: 'org.assignment.create', targetType: 'assignment', targetId: assignment.id, details });
    return c.json(saved, 201);
  })
  .openapi(end, async (c) => {
    const tenantId = townshipOf(c.get('auth'));
    const { id } = c.req.valid('param');
    const { to, version } = c.req.valid('json');
    const store = repo(c, OrgRepository);
    const found = await store.get(tenantId, 'assignment', id);
    // `version` is optional here: ending is a one-way step, so a caller need not have read the record first.
    const current = requireVersion(found ? [found] : [], id, version ?? found?.version ?? 0, 'assignment');
    if (current.to !== undefined)
      throw conflict(`任职已于 ${current.to} 结束`, { code: 'assignment_ended', currentVersion: current.version });
    if (to < current.from)
      throw badRequest('结束日期不能早于开始日期', [{ path: 'body.to', message: `应不早于 ${current.from}` }]);
    const saved = await store.endAssignment(tenantId, id, to, current.version, c.get('deps').now().toISOString());
    await audit(c, {
      action: 'org.assignment.end',
      targetType: 'assignment',
      targetId: id,
      details: { to, version: saved.version },
    });
    return c.json(saved, 200);
  });
