import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env';
import { requireAuth } from '../auth/middleware';
import { ProblemError } from './problem';
import { invalidParamsOf } from './zod-issues';

const TARGET_NAMES: Record<string, string> = {
  json: 'body',
  query: 'query',
  param: 'path',
  header: 'header',
  form: 'body',
};

/** A router whose schema failures become 400 problem+json naming each bad field. */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const target = TARGET_NAMES[result.target] ?? result.target;
        throw new ProblemError(400, '请求无效', '请求内容不符合要求', {
          invalidParams: invalidParamsOf(result.error, target),
        });
      }
    },
  });
}

/**
 * A router whose every route needs a verified token: a route group's own router (one per folder, mounted under its
 * prefix by routes/index.ts). The group's parts are plain routers (`createRouter`) that it composes with `.route()`.
 */
export function createSecuredRouter(): OpenAPIHono<AppEnv> {
  const router = createRouter();
  router.use('*', requireAuth);
  return router;
}
