import { createRoute } from '@hono/zod-openapi';
import { OrgRepository } from '@xinfang/store';
import { requireRole, TOWNSHIP_READERS, townshipOf } from '../../auth/middleware';
import { audit } from '../../http/audit';
import { idempotent } from '../../http/idempotency';
import { repo } from '../../http/repo';
import { createRouter } from '../../http/router';
import { problemResponses } from '../tenancy/problem-responses';
import { idFromPath, requireVersion } from './record-update';
import { IdParam, listOf, PersonSchema, PersonUpdateSchema, VersionedPersonSchema } from './schemas';
import { json, jsonContent } from '../../http/json-response';

const list = createRoute({
  method: 'get',
  path: '/',
  tags: ['org'],
  summary: '本乡镇的人员（干部、书记、工作人员）',
  security: [{ bearer: [] }],
  middleware: [requireRole(...TOWNSHIP_READERS)] as const,
  responses: { 200: json(listOf(VersionedPersonSchema, 'PersonList'), 'People'), ...problemResponses(401, 403) },
});

const create = createRoute({
  method: 'post',
  path: '/',
  tags: ['org'],
  summary: '新增人员',
  security: [{ bearer: [] }],
  middleware: [requireRole('township_admin'), idempotent] as const,
  request: { body: { required: true, ...jsonContent(PersonSchema) } },
  responses: { 201: json(VersionedPersonSchema, 'Created, version 1'), ...problemResponses(400, 401, 403, 409) },
});

const update = createRoute({
  method: 'put',
  path: '/{id}',
  tags: ['org'],
  summary: '修改人员（提交读取到的 version；过期则 409）',
  security: [{ bearer: [] }],
  middleware: [requireRole('township_admin')] as const,
  request: {
    params: IdParam,
    body: { required: true, ...jsonContent(PersonUpdateSchema) },
  },
  responses: { 200: json(VersionedPersonSchema, 'Saved, version + 1'), ...problemResponses(400, 401, 403, 404, 409) },
});

export const personRoutes = createRouter()
  .openapi(list, async (c) => {
    const items = await repo(c, OrgRepository).list(townshipOf(c.get('auth')), 'person');
    return c.json({ items }, 200);
  })
  .openapi(create, async (c) => {
    const tenantId = townshipOf(c.get('auth'));
    const person = c.req.valid('json');
    const saved = await repo(c, OrgRepository).create(tenantId, 'person', person, c.get('deps').now().toISOString());
    await audit(c, {
      action: 'org.person.create',
      targetType: 'person',
      targetId: person.id,
      details: { name: person.name, leadingCadre: person.leadingCadre },
    });
    return c.json(saved, 201);
  })
  .openapi(update, async (c) => {
    const tenantId = townshipOf(c.get('auth'));
    const { id: bodyId, version, ...fields } = c.req.valid('json');
    const person = { ...fields, id: idFromPath(c.req.valid('param').id, bodyId) };
    const store = repo(c, OrgRepository);
    const before = requireVersion(await store.list(tenantId, 'person'), person.id, version, 'person');
    const saved = await store.update(tenantId, 'person', person, version, c.get('deps').now().toISOString());
    const changed = (['name', 'title', 'financePaid', 'leadingCadre'] as const).filter((k) => before[k] !== person[k]);
    await audit(c, {
      action: 'org.person.update',
      targetType: 'person',
      targetId: person.id,
      details: { version: saved.version, changed },
    });
    return c.json(saved, 200);
  });
