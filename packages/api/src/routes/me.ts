import { createRoute, z } from '@hono/zod-openapi';
import { Role, ROLE_LABELS } from '../auth/auth-context';
import { ProblemSchema } from '../http/problem';
import { createSecuredRouter } from '../http/router';
import { json } from '../http/json-response';

export const MeSchema = z
  .object({
    userId: z.string(),
    name: z.string(),
    role: Role,
    roleLabel: z.string(),
    districtId: z.string(),
    tenantId: z.string().optional(),
    unitId: z.string().optional(),
  })
  .openapi('Me');

const route = createRoute({
  method: 'get',
  path: '/',
  tags: ['auth'],
  summary: '当前用户（来自已验证的登录凭证）',
  security: [{ bearer: [] }],
  responses: {
    200: json(MeSchema, 'The caller'),
    401: { description: 'No valid token', content: { 'application/problem+json': { schema: ProblemSchema } } },
  },
});

export const meRoutes = createSecuredRouter().openapi(route, (c) => {
  const auth = c.get('auth');
  return c.json({ ...auth, roleLabel: ROLE_LABELS[auth.role] }, 200);
});
