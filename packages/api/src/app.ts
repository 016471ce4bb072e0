import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import type { AppEnv } from './app-env';
import type { AppDeps } from './deps';
import { toNotFoundResponse, toProblemResponse } from './http/on-error';
import { rateLimit } from './http/rate-limit';
import { createRouter } from './http/router';
import { lazyGroup, mountGroups } from './http/lazy-groups';
import { ROUTE_GROUPS } from './routes';
import { observeRequests } from './http/observe';

const MAX_BODY_BYTES = 1024 * 1024;

/**
 * The whole HTTP API as one Hono app on Web-standard Request/Response: Lambda and the local Node
 * server mount this same app. Routes live under /api; the OpenAPI document is generated from their schemas.
 */
export function createApp(deps: AppDeps) {
  const app = createRouter();
  app.use('*', requestId({ headerName: 'X-Request-Id' }));
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  if (deps.observe) app.use('*', observeRequests(deps.observe));
  // The largest honest body (a screening ledger, a rule set) is a few hundred KB; a bigger one is refused (400) before
  // it is parsed, rather than held in memory and validated. Not asked of GET and HEAD, whose bodies no route reads:
  // looking for a body makes the Node server build a whole Web Request for the request, on every read.
  const limitBody = bodyLimit({ maxSize: MAX_BODY_BYTES });
  app.use('*', (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limitBody(c, next)));
  if (deps.publicRateLimit) app.use('/api/public/*', rateLimit(deps.publicRateLimit));
  app.onError((error, c) => toProblemResponse(error, c));
  app.notFound(toNotFoundResponse);

  const api = createRouter();
  for (const group of ROUTE_GROUPS) {
    const serve = lazyGroup(group);
    api.all(group.prefix, serve);
    api.all(`${group.prefix}/*`, serve);
  }
  const docConfig = {
    openapi: '3.1.0',
    info: {
      title: 'xinfang 信访责任管理 API',
      version: deps.version,
      description: '乡镇信访事项与责任追究：组织、事项、规则、台账、报表。Tenant comes from the token only.',
    },
    servers: [{ url: '/api' }],
  };
  // The document needs every group: they are all loaded (once per app) when it is first asked for.
  let document: Promise<ReturnType<typeof api.getOpenAPI31Document>> | undefined;
  const openApiDocument = () =>
    (document ??= (async () => {
      const all = createRouter();
      all.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT',
        description: '登录凭证（本地为演示签发器，AWS 为 Cognito）',
      });
      await mountGroups(all, ROUTE_GROUPS);
      return all.getOpenAPI31Document(docConfig);
    })());
  api.get('/openapi.json', async (c) => c.json(await openApiDocument()));
  // Rendered here, whole, once per app: nothing of the page comes from elsewhere (closed networks have no CDN).
  let reference: string | undefined;
  api.get('/docs', async (c) => {
    if (!reference) {
      // The page's renderer loads on first use: a cold start does not read it.
      const { renderApiReference } = await import('./http/api-reference');
      reference = renderApiReference(await openApiDocument(), '/api/openapi.json');
    }
    return c.html(reference);
  });
  app.route('/api', api);
  return app;
}

export type XinfangApp = ReturnType<typeof createApp>;
export type { AppEnv };
