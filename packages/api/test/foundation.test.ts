import { SignJWT, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, FIXED_NOW, users, type TestContext } from './support/test-app';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.stop());

describe('health', () => {
  it('reports the store reachable and the version, with a request id', async () => {
    const res = await ctx.app.request('/api/health');
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toMatch(/.+/);
    expect(await res.json()).toMatchObject({ status: 'ok', version: '0.0.0-test', store: { reachable: true } });
  });

  it('answers 503 degraded when the table is missing', async () => {
    const bare = await createTestContext({ createTable: false });
    try {
      const res = await bare.app.request('/api/health');
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ status: 'degraded', store: { reachable: false } });
    } finally {
      await bare.stop();
    }
  });
});

describe('errors', () => {
  it('answers an unknown path with 404 problem+json', async () => {
    const res = await ctx.app.request('/api/no-such-thing');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status: 404, title: '未找到', instance: '/api/no-such-thing' });
    expect(body.requestId).toBe(res.headers.get('x-request-id'));
  });
});

describe('openapi and docs', () => {
  it('serves an OpenAPI 3.1 document generated from the route schemas', async () => {
    const res = await ctx.app.request('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as {
      openapi: string;
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/health', '/me']));
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['Health', 'Problem']));
  });

  it('serves a browsable API reference that loads nothing from elsewhere (closed networks have no CDN)', async () => {
    const res = await ctx.app.request('/api/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    expect(html).toContain('/api/openapi.json');
    expect(html).toContain('/api/cases/{id}/events');
    expect(html).toContain('id="schema-CaseSummary"');
    expect(html).not.toMatch(/<script|<link|@import|src="http/i);
  });
});

describe('sign-in tokens', () => {
  it('refuses a request without a token', async () => {
    const res = await ctx.app.request('/api/me');
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  it('takes identity and tenant from a verified token', async () => {
    const res = await ctx.app.request('/api/me', { headers: await ctx.as(users.officerA) });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      userId: 'u-officer-a',
      role: 'petition_officer',
      roleLabel: '信访室干部',
      tenantId: 'twn-a',
    });
  });

  it('refuses an expired token', async () => {
    const token = await ctx.issuer.sign(users.officerA, {
      ttlSeconds: 60,
      now: new Date(FIXED_NOW.getTime() - 3_600_000),
    });
    const res = await ctx.app.request('/api/me', { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(401);
  });

  it('refuses a token signed by another key, even with the same claims and issuer', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const forged = await new SignJWT({ role: 'township_admin', district: 'd1', tenant: 'twn-a' })
      .setProtectedHeader({ alg: 'ES256', kid: 'xinfang-local-1' })
      .setSubject('intruder')
      .setIssuer(ctx.issuer.issuer)
      .setIssuedAt(Math.floor(FIXED_NOW.getTime() / 1000))
      .setExpirationTime(Math.floor(FIXED_NOW.getTime() / 1000) + 600)
      .sign(privateKey);
    const res = await ctx.app.request('/api/me', { headers: { authorization: `Bearer ${forged}` } });
    expect(res.status).toBe(401);
    expect(JSON.stringify(await res.json())).not.toContain('intruder');
  });

  it('refuses a township role token that names no township', async () => {
    const token = await ctx.issuer.sign(
      { id: 'x', name: 'x', role: 'petition_officer', districtId: 'd1' },
      { now: FIXED_NOW },
    );
    const res = await ctx.app.request('/api/me', { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(401);
  });
});
