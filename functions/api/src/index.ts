import { handle } from 'hono/aws-lambda';
import { createAppFromEnv } from '@xinfang/api';
import { logger, metrics, observeRequest } from './observability';

// The only AWS-aware file of the API. Nothing is parsed or connected here: the app reads its
// settings from the environment on the first request, so a cold start that never serves a
// request costs nothing and a misconfigured function fails with a clear error, not at import.
const serve = handle(createAppFromEnv(process.env, { observe: observeRequest }));

type Serve = typeof serve;

/** Lambda handler: the Hono app, with the invocation's context on every log line and metrics flushed per request. */
export const handler = async (
  event: Parameters<Serve>[0],
  context: Parameters<Serve>[1],
): Promise<Awaited<ReturnType<Serve>>> => {
  logger.addContext(context as Parameters<typeof logger.addContext>[0]);
  try {
    return await serve(event, context);
  } finally {
    metrics.publishStoredMetrics();
  }
};
