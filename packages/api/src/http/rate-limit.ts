import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env';
import { toProblemResponse } from './on-error';
import { tooManyRequests } from './problem';
import type { RateLimitOptions } from './rate-limit-options';

export type { RateLimitOptions };

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * A per-client token bucket in memory: enough for one process (the local server). In AWS, API Gateway throttling
 * and a WAF rate-based rule limit the public routes across all Lambda instances. Over the limit: 429 problem+json
 * with Retry-After. Time comes from the app's clock.
 */
export function rateLimit(options: RateLimitOptions): MiddlewareHandler<AppEnv> {
  const buckets = new Map<string, Bucket>();
  const maxClients = options.maxClients ?? 10_000;
  const perMs = options.refillPerMinute / 60_000;
  return async (c, next) => {
    const key = options.clientKey(c);
    const now = c.get('deps').now().getTime();
    const old = buckets.get(key);
    const tokens = old ? Math.min(options.capacity, old.tokens + Math.max(0, now - old.at) * perMs) : options.capacity;
    buckets.delete(key);
    if (buckets.size >= maxClients) {
      const oldest = buckets.keys().next();
      if (!oldest.done) buckets.delete(oldest.value);
    }
    if (tokens < 1) {
      buckets.set(key, { tokens, at: now });
      const retryAfter = Math.max(1, Math.ceil((1 - tokens) / perMs / 1000));
      const res = toProblemResponse(tooManyRequests(retryAfter), c);
      res.headers.set('Retry-After', String(retryAfter));
      return res;
    }
    buckets.set(key, { tokens: tokens - 1, at: now });
    return next();
  };
}
