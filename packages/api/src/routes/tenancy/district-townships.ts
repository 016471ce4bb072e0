import { createRoute } from '@hono/zod-openapi';
import { AccountRepository, TenancyRepository } from '@xinfang/store';
import { requireRole } from '../../auth/middleware';
import { audit } from '../../http/audit';
import { idempotent } from '../../http/idempotency';
import { forbidden } from '../../http/problem';
import { repo } from '../../http/repo';
import { createSecuredRouter } from '../../http/router';
import { saveInitialRules } from './initial-rules';
import { getTemplateRoute, putTemplateRoute, readTemplate, saveTemplate } from './rule-template';
import { problemResponses } from './problem-responses';
import { NewTownshipSchema, OnboardedTownshipSchema, TownshipListSchema } from './schemas';
import { json, jsonContent } from '../../http/json-response';

const list = createRoute({
  method: 'get',
  path: '/townships',
  tags: ['tenancy'],
  summary: '本区的乡镇（区信访局、区级审计）',
  security: [{ bearer: [] }],
  middleware: [requireRole('district_overseer', 'auditor')] as const,
  responses: {
    200: json(TownshipListSchema, "The townships of the caller's district"),
    ...problemResponses(401, 403),
  },
});

const onboard = createRoute({
  method: 'post',
  path: '/townships',
  tags: ['tenancy'],
  summary: '接入一个乡镇（区信访局）；初始规则为本区模板或默认规则',
  security: [{ bearer: [] }],
  middleware: [requireRole('district_overseer'), idempotent] as const,
  request: { body: { required: true, ...jsonContent(NewTownshipSchema) } },
  responses: {
    201: json(OnboardedTownshipSchema, 'Onboarded'),
    ...problemResponses(400, 401, 403, 409),
  },
});

/** District-scoped tenancy: a district's callers see and onboard only townships of their own district (from the token). */
export const districtTownshipRoutes = createSecuredRouter()
  .openapi(list, async (c) => {
    const auth = c.get('auth');
    // A township auditor carries a tenant: it reads its own township, not the district's list.
    if (auth.tenantId) throw forbidden('乡镇用户不能查看区内乡镇列表');
    const items = await repo(c, TenancyRepository).listTownships(auth.districtId);
    return c.json({ items }, 200);
  })
  .openapi(onboard, async (c) => {
    const auth = c.get('auth');
    const body = c.req.valid('json');
    const now = c.get('deps').now().toISOString();
    const { admin: adminInput, ...profile } = body;
    const township = await repo(c, TenancyRepository).createTownship({ ...profile, districtId: auth.districtId }, now);
    const ruleSet = await saveInitialRules(c, township.id, auth.districtId, now);
    const admin = adminInput
      ? await repo(c, AccountRepository).create({
          id: `${township.id}-admin`,
          name: adminInput.name,
          role: 'township_admin',
          districtId: auth.districtId,
          tenantId: township.id,
          createdAt: now,
          createdBy: auth.userId,
        })
      : undefined;
    await audit(c, {
      action: 'tenancy.township.create',
      targetType: 'township',
      targetId: township.id,
      details: { name: township.name, initialRuleSetId: ruleSet.id, ...(admin ? { adminId: admin.id } : {}) },
    });
    return c.json(
      { ...township, initialRuleSetId: ruleSet.id, ...(admin ? { admin: { id: admin.id, name: admin.name } } : {}) },
      201,
    );
  })
  .openapi(getTemplateRoute, async (c) => c.json(await readTemplate(c), 200))
  .openapi(putTemplateRoute, async (c) => c.json(await saveTemplate(c, c.req.valid('json').ruleSet), 200));
