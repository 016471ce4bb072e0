import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env';
import type { RequestRecord } from '../deps';

/**
 * Reports each answered request (errors included: onError has made them a response by then) with the tenant and
 * role of the verified token. The path names cases and units by id only; bodies and queries are never read.
 */
export function observeRequests(observe: (record: RequestRecord) => void): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = Date.now();
    await next();
    const auth = c.get('auth') as AppEnv['Variables']['auth'] | undefined;
    observe({
      requestId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      durationMs: Date.now() - started,
      ...(auth ? { tenant: auth.tenantId ?? `district:${auth.districtId}`, role: auth.role } : {}),
    });
  };
}
