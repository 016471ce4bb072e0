import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../app-env';
import { forbidden, unauthorized } from '../http/problem';
import type { AuthContext, Role } from './auth-context';

/** Every /api route but health and the docs needs a verified bearer token. */
export const requireAuth = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header('authorization');
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  if (!match?.[1]) throw unauthorized();
  c.set('auth', await c.get('deps').verifier.verify(match[1]));
  await next();
});

/** Refuses callers whose role is not among `roles` (403). */
export function requireRole(...roles: Role[]) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (!roles.includes(c.get('auth').role)) throw forbidden('当前角色无权执行此操作');
    await next();
  });
}

/** The caller's township, for township-scoped routes; district callers get 403 here, not someone's data. */
export function townshipOf(auth: AuthContext): string {
  if (!auth.tenantId) throw forbidden('此操作仅限乡镇用户');
  return auth.tenantId;
}

/** Roles that may change data (auditors read only). */
export const TOWNSHIP_WRITERS: Role[] = ['petition_officer', 'township_admin'];
export const TOWNSHIP_READERS: Role[] = ['petition_officer', 'township_admin', 'unit_reporter', 'auditor'];
