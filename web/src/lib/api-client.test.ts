import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getHealth } from '../features/health/api/get-health';
import { request } from './api-client';
import { ApiError } from './api-error';
import { getToken, setToken } from './session';

// Node has fetch and Response but no sessionStorage; a Map stands in for the browser's.
function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, v),
  };
}

const seen: Request[] = [];
function answer(status: number, body: unknown, type = 'application/json') {
  vi.stubGlobal('fetch', async (input: string, init: RequestInit) => {
    seen.push(new Request(`http://localhost${input}`, init));
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
  });
}

beforeEach(() => {
  seen.length = 0;
  vi.stubGlobal('sessionStorage', memoryStorage());
});
afterEach(() => vi.unstubAllGlobals());

describe('request', () => {
  it('sends the bearer token of the signed-in user', async () => {
    setToken('tok-1');
    answer(200, { ok: true });
    await expect(request('/api/me')).resolves.toEqual({ ok: true });
    expect(seen[0]?.headers.get('authorization')).toBe('Bearer tok-1');
  });

  it('turns a problem+json answer into an ApiError carrying the fields at fault', async () => {
    answer(
      400,
      {
        type: 'https://xinfang.dev/problems/400',
        title: '请求无效',
        status: 400,
        invalidParams: [{ path: 'body.userId', message: '必填' }],
      },
      'application/problem+json',
    );
    const error = await request('/auth/token', { method: 'POST', body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error instanceof ApiError && error.problem.invalidParams).toEqual([
      { path: 'body.userId', message: '必填' },
    ]);
  });

  it('forgets a token the API no longer accepts, so the user is sent to sign in', async () => {
    setToken('expired');
    answer(401, { title: '未登录', status: 401 }, 'application/problem+json');
    await expect(request('/api/me')).rejects.toBeInstanceOf(ApiError);
    expect(getToken()).toBeNull();
  });
});

describe('getHealth', () => {
  it('reports a degraded system (503) as data to show, not as a failed request', async () => {
    answer(503, {
      status: 'degraded',
      version: '0.1.0',
      store: { reachable: false, latencyMs: 0 },
      time: '2025-03-07T02:05:09Z',
    });
    await expect(getHealth()).resolves.toMatchObject({ status: 'degraded', store: { reachable: false } });
  });

  it('rejects an answer that does not look like a health report', async () => {
    answer(200, { status: 'fine' });
    await expect(getHealth()).rejects.toThrow(/Unexpected API response/);
  });
});
