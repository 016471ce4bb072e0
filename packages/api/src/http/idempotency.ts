import { createHash } from 'node:crypto';
import { districtScope, IdempotencyStore } from '@xinfang/store';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../app-env';
import { badRequest, conflict, unprocessable } from './problem';
import { repo } from './repo';

const KEY = /^[A-Za-z0-9_.:-]{8,128}$/;

/**
 * For creating endpoints: a request with an `Idempotency-Key` runs once per tenant and key; a retry gets the
 * first response back (header `Idempotency-Replayed: true`), the same key with another body is refused (422),
 * and a retry while the first is still running gets 409. Mount after `requireAuth`.
 */
export const idempotent = createMiddleware<AppEnv>(async (c, next) => {
  const key = c.req.header('idempotency-key');
  if (key === undefined) return next();
  if (!KEY.test(key)) {
    throw badRequest('Idempotency-Key 格式无效', [
      { path: 'header.idempotency-key', message: '应为 8–128 位字母、数字或 _ . : -' },
    ]);
  }
  const auth = c.get('auth');
  const scope = auth.tenantId ?? districtScope(auth.districtId);
  const fingerprint = createHash('sha256')
    .update(`${c.req.method} ${c.req.path}\n${auth.userId}\n${await c.req.text()}`)
    .digest('hex');
  const store = repo(c, IdempotencyStore);
  const claim = await store.claim(scope, key, fingerprint, c.get('deps').now());
  if (claim.state === 'replay') {
    return c.newResponse(claim.response.body, claim.response.status as 200, {
      ...claim.response.headers,
      'Idempotency-Replayed': 'true',
    });
  }
  if (claim.state === 'mismatch')
    throw unprocessable('同一个 Idempotency-Key 已用于另一个请求', undefined, 'idempotency_key_reused');
  if (claim.state === 'in_progress')
    throw conflict('同一个请求正在处理中，请稍后重试', { code: 'idempotency_in_progress' });

  try {
    await next();
  } catch (error) {
    await store.release(scope, key);
    throw error;
  }
  const res = c.res;
  if (res.status >= 200 && res.status < 300) {
    const body = withoutSecrets(await res.clone().text());
    // A retry must look like the first answer, Location included (a 201's only pointer to what was created).
    const location = res.headers.get('location');
    const headers = {
      'content-type': res.headers.get('content-type') ?? 'application/json',
      ...(location ? { location } : {}),
    };
    // The work is done but its answer was not kept: free the key, so a retry runs again (writes derived from the key,
    // such as a registration's case id, find themselves) instead of meeting 409 until the lease ends.
    await store.complete(scope, key, { status: res.status, body, headers }).catch(async (error: unknown) => {
      await store.release(scope, key);
      throw error;
    });
  } else {
    await store.release(scope, key);
  }
});

/**
 * An id derived from the request's Idempotency-Key (tenant, key and what the id is for), or undefined without a key.
 * A creating request that failed part-way and is retried with the same key thus continues the same record instead of
 * leaving a half-written one behind and starting another. UUID-shaped, like the ids made without a key.
 */
export function idFromIdempotencyKey(c: Context<AppEnv>, purpose: string): string | undefined {
  const key = c.req.header('idempotency-key');
  if (key === undefined) return undefined;
  const auth = c.get('auth');
  const scope = auth.tenantId ?? districtScope(auth.districtId);
  const hex = createHash('sha256').update(`${purpose}\n${scope}\n${key}`).digest('hex');
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Fields shown once and never stored in clear (a case's query code): a replay answers without them, and the officer
 * issues a new code if the first answer was lost.
 */
const SECRET_FIELDS = ['queryCode'];

function withoutSecrets(body: string): string {
  if (!SECRET_FIELDS.some((f) => body.includes(`"${f}"`))) return body;
  const parsed: unknown = JSON.parse(body);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return body;
  return JSON.stringify(Object.fromEntries(Object.entries(parsed).filter(([k]) => !SECRET_FIELDS.includes(k))));
}
