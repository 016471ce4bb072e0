import { createStoreClients } from '@xinfang/store';
import { z } from 'zod';
import { createApp, type XinfangApp } from './app';
import { createTokenVerifier } from './auth/verifier';

/** The environment of the API function in AWS (and of any process that hosts it), parsed once. */
export const ApiEnvConfig = z.object({
  XINFANG_TABLE: z.string().min(3),
  XINFANG_DYNAMODB_ENDPOINT: z.url().optional(),
  AWS_REGION: z.string().min(1).default('cn-north-1'),
  XINFANG_JWKS_URL: z.url(),
  XINFANG_TOKEN_ISSUER: z.string().min(1),
  XINFANG_TOKEN_AUDIENCE: z.string().min(1).optional(),
  XINFANG_VERSION: z.string().min(1).default('0.1.0'),
});

/** Builds the app from an environment; the composition root of the Lambda function. */
export function createAppFromEnv(env: Record<string, string | undefined>): XinfangApp {
  const config = ApiEnvConfig.parse(env);
  return createApp({
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
