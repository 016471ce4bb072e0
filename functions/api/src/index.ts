import { handle } from 'hono/aws-lambda';
import { createAppFromEnv } from '@xinfang/api';

// The only AWS-aware line of the API. Nothing is parsed or connected here: the app reads its
// settings from the environment on the first request, so a cold start that never serves a
// request costs nothing and a misconfigured function fails with a clear error, not at import.
export const handler = handle(createAppFromEnv(process.env));
