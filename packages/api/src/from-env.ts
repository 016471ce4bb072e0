import { createStoreClients } from '@xinfang/store';
import { Hono } from 'hono';
import { z } from 'zod';
import { createApp, type XinfangApp } from './app';
import { createTokenVerifier } from './auth/verifier';
import type { AppDeps } from './deps';

/** What the hosting entry adds: an observer of requests (the Lambda function's logger and metrics). */
export type FromEnvOptions = Pick<AppDeps, 'observe'>;

/** The environment of the API function in AWS (and of any process that hosts it). */
export const ApiEnvConfig = z.object({
  XINFANG_TABLE: z.string().min(3),
  XINFANG_DYNAMODB_ENDPOINT: z.url().optional(),
  AWS_REGION: z.string().min(1).default('cn-north-1'),
  XINFANG_JWKS_URL: z.url(),
  XINFANG_TOKEN_ISSUER: z.string().min(1),
  XINFANG_TOKEN_AUDIENCE: z.string().min(1).optional(),
  XINFANG_VERSION: z.string().min(1).default('0.1.0'),
});

function appFromConfig(config: z.infer<typeof ApiEnvConfig>, options: FromEnvOptions): XinfangApp {
  return createApp({
    ...(options.observe ? { observe: options.observe } : {}),
    store: createStoreClients({
      tableName: config.XINFANG_TABLE,
      region: config.AWS_REGION,
      ...(config.XINFANG_DYNAMODB_ENDPOINT ? { endpoint: config.XINFANG_DYNAMODB_ENDPOINT } : {}),
    }),
    verifier: createTokenVerifier({
      jwks: new URL(config.XINFANG_JWKS_URL),
      issuer: config.XINFANG_TOKEN_ISSUER,
      ...(config.XINFANG_TOKEN_AUDIENCE ? { audience: config.XINFANG_TOKEN_AUDIENCE } : {}),
    }),
    version: config.XINFANG_VERSION,
    now: () => new Date(),
  });
}

/**
 * The composition root of the Lambda function. The environment is parsed on the first request, not at
 * import: a function deployed with bad settings answers problem+json (and logs which setting) instead of
 * failing to start.
 */
export function createAppFromEnv(env: Record<string, string | undefined>, options: FromEnvOptions = {}): Hono {
  let app: XinfangApp | undefined;
  const outer = new Hono();
  outer.all('*', (c) => {
    if (!app) {
      const config = ApiEnvConfig.safeParse(env);
      if (!config.success) {
        const settings = config.error.issues.map((i) => i.path.join('.')).join(', ');
        console.error(JSON.stringify({ level: 'error', msg: 'invalid API configuration', settings }));
        return c.json(
          {
            type: 'https://xinfang.dev/problems/500',
            title: '服务配置错误',
            status: 500,
            detail: '服务尚未正确配置，请联系管理员',
          },
          500,
          { 'content-type': 'application/problem+json' },
        );
      }
      app = appFromConfig(config.data, options);
    }
    return app.fetch(c.req.raw, c.env);
  });
  return outer;
}
