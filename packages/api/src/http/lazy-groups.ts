import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env';
import { toNotFoundResponse, toProblemResponse } from './on-error';
import { createRouter } from './router';

/** A route group's routers (their paths relative to `prefix`), loaded on first use. */
export interface RouteGroup {
  prefix: string;
  load: () => Promise<Array<OpenAPIHono<AppEnv>>>;
}

type Variables = AppEnv['Variables'];
const PARENT = Symbol('xinfang.parent-context');
type InnerEnv = { Bindings: { [PARENT]: Context<AppEnv> }; Variables: Variables };

/**
 * Serves `/api<prefix>` and everything under it from the group's routers, loaded (with their zod schemas) on the first
 * request that reaches the prefix: a cold start builds only the group it serves, not every route of the API. The
 * group runs in its own small app behind this handler: it sees the request's variables (deps, request id) and hands
 * back what it sets (the verified token's auth, which the request log reports).
 */
export function lazyGroup(group: RouteGroup): MiddlewareHandler<AppEnv> {
  let inner: Promise<OpenAPIHono<InnerEnv>> | undefined;
  const build = async () => {
    const app = createRouter() as unknown as OpenAPIHono<InnerEnv>;
    app.use('*', async (c, next) => {
      const parent = c.env[PARENT];
      for (const [key, value] of Object.entries(parent.var)) c.set(key as keyof Variables, value as never);
      // The answer goes out as the group built it (re-wrapping it would cost the Node server its fast path), so the
      // request id header the outer app's middleware would add is added here.
      c.header('X-Request-Id', parent.var.requestId);
      await next();
      const auth = c.get('auth') as Variables['auth'] | undefined;
      if (auth) parent.set('auth', auth);
    });
    for (const router of await group.load()) app.route(`/api${group.prefix}`, router as never);
    app.onError((error, c) => toProblemResponse(error, c as never));
    app.notFound((c) => toNotFoundResponse(c as never));
    return app;
  };
  return async (c) => {
    inner ??= build().catch((error: unknown) => {
      inner = undefined; // a failed load (a missing chunk) is tried again by the next request
      throw error;
    });
    return (await inner).fetch(c.req.raw, { [PARENT]: c });
  };
}

/** Every group mounted at once under `api`: what the OpenAPI document is generated from. */
export async function mountGroups(api: OpenAPIHono<AppEnv>, groups: readonly RouteGroup[]): Promise<void> {
  const loaded = await Promise.all(groups.map(async (g) => [g.prefix, await g.load()] as const));
  for (const [prefix, routers] of loaded) for (const router of routers) api.route(prefix, router);
}
