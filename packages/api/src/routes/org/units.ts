import { createRoute } from '@hono/zod-openapi';
import { OrgRepository } from '@xinfang/store';
import { requireRole, TOWNSHIP_READERS, townshipOf } from '../../auth/middleware';
import { audit } from '../../http/audit';
import { idempotent } from '../../http/idempotency';
import { conflict } from '../../http/problem';
import { repo } from '../../http/repo';
import { createRouter } from '../../http/router';
import { problemResponses } from '../tenancy/problem-responses';
import { assertConsistent, withRecord } from './org-consistency';
import { idFromPath, requireVersion } from './record-update';
import { IdParam, listOf, UnitSchema, UnitUpdateSchema, VersionedUnitSchema } from './schemas';
import { json, jsonContent } from '../../http/json-response';

const list = createRoute({
  method: 'get',
  path: '/',
  tags: ['org'],
  summary: '本乡镇的单位（办事处、村、部门）',
  security: [{ bearer: [] }],
  middleware: [requireRole(...TOWNSHIP_READERS)] as const,
  responses: { 200: json(listOf(VersionedUnitSchema, 'UnitList'), 'Units'), ...problemResponses(401, 403) },
});

const create = createRoute({
  method: 'post',
  path: '/',
  tags: ['org'],
  summary: '新增单位（村必须属于本乡镇的一个办事处）',
  security: [{ bearer: [] }],
  middleware: [requireRole('township_admin'), idempotent] as const,
  request: { body: { required: true, ...jsonContent(UnitSchema) } },
  responses: { 201: json(VersionedUnitSchema, 'Created, version 1'), ...problemResponses(400, 401, 403, 409, 422) },
});

const update = createRoute({
  method: 'put',
  path: '/{id}',
  tags: ['org'],
  summary: '修改单位（提交读取到的 version；过期则 409）',
  security: [{ bearer: [] }],
  middleware: [requireRole('township_admin')] as const,
  request: { params: IdParam, body: { required: true, ...jsonContent(UnitUpdateSchema) } },
  responses: {
    200: json(VersionedUnitSchema, 'Saved, version + 1'),
    ...problemResponses(400, 401, 403, 404, 409, 422),
  },
});

export const unitRoutes = createRouter()
  .openapi(list, async (c) => {
    const items = await repo(c, OrgRepository).list(townshipOf(c.get('auth')), 'unit');
    return c.json({ items }, 200);
  })
  .openapi(create, async (c) => {
    const tenantId = townshipOf(c.get('auth'));
    const unit = c.req.valid('json');
    const store = repo(c, OrgRepository);
    const org = await store.loadVersionedOrg(tenantId);
    if (org.units.some((u) => u.id === unit.id)) throw conflict(`单位编号已存在：${unit.id}`, { code: 'id_exists' });
    const { org: after, index } = withRecord(org, 'units', unit);
    assertConsistent(org, after, { list: 'units', index });
    const saved = await store.create(tenantId, 'unit', unit, c.get('deps').now().toISOString());
    await audit(c, {
      action: 'org.unit.create',
      targetType: 'unit',
      targetId: unit.id,
      details: { name: unit.name, kind: unit.kind },
    });
    return c.json(saved, 201);
  })
  .openapi(update, async (c) => {
    const tenantId = townshipOf(c.get('auth'));
    const { id: bodyId, version, ...fields } = c.req.valid('json');
    const unit = { ...fields, id: idFromPath(c.req.valid('param').id, bodyId) };
    const store = repo(c, OrgRepository);
    const org = await store.loadVersionedOrg(tenantId);
    const before = requireVersion(org.units, unit.id, version, 'unit');
    const { org: after, index } = withRecord(org, 'units', unit);
    assertConsistent(org, after, { list: 'units', index });
    const saved = await store.update(tenantId, 'unit', unit, version, c.get('deps').now().toISOString());
    await audit(c, {
      action: 'org.unit.update',
      targetType: 'unit',
      targetId: unit.id,
      details: { version: saved.version, from: summary(before), to: summary(unit) },
    });
    return c.json(saved, 200);
  });

const summary = (u: { name: string; kind: string; officeId?: string | undefined; population: number }) => ({
  name: u.name,
  kind: u.kind,
  ...(u.officeId ? { officeId: u.officeId } : {}),
  population: u.population,
});
