import { createStoreClients } from '@xinfang/store';
import * as jose from 'jose';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../src/app';
import { createLocalIssuer, type LocalIssuer } from '../src/auth/local-issuer';
import { createTokenVerifier, type VerifierOptions } from '../src/auth/verifier';
import { ProblemError } from '../src/http/problem';
import { users } from './support/test-app';

// Count the signature checks the verifier really makes, to tell a cached answer from a verified one.
vi.mock('jose', async (original) => {
  const actual = await original<typeof jose>();
  return { ...actual, jwtVerify: vi.fn(actual.jwtVerify) };
});
const checks = () => vi.mocked(jose.jwtVerify).mock.calls.length;

const T0 = new Date('2026-06-15T02:00:00Z');
let issuer: LocalIssuer;
let clock: Date;
const verifierWith = (extra: Partial<VerifierOptions> = {}) =>
  createTokenVerifier({ jwks: issuer.jwks, issuer: issuer.issuer, now: () => clock, ...extra });
const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProblemError);
  return (error as ProblemError).status;
};
const at = (date: Date, seconds: number) => new Date(date.getTime() + seconds * 1000);

beforeAll(async () => {
  issuer = await createLocalIssuer('https://issuer.test');
});
beforeEach(() => {
  clock = T0;
  vi.mocked(jose.jwtVerify).mockClear();
});

describe('the verifier remembers tokens it verified', () => {
  it('checks the signature of a token once, and answers the same identity after', async () => {
    const verifier = verifierWith();
    const token = await issuer.sign(users.officerA, { now: T0 });
    const first = await verifier.verify(token);
    const again = await verifier.verify(token);
    expect(again).toEqual(first);
    expect(again).toMatchObject({ userId: 'u-officer-a', role: 'petition_officer', tenantId: 'twn-a' });
    expect(checks()).toBe(1);
  });

  it('refuses a remembered token from its exp on, and accepts it the second before', async () => {
    const verifier = verifierWith();
    const token = await issuer.sign(users.officerA, { now: T0, ttlSeconds: 60 });
    await verifier.verify(token);
    clock = at(T0, 59);
    expect((await verifier.verify(token)).userId).toBe('u-officer-a');
    clock = at(T0, 60);
    expect(await refusal(verifier.verify(token))).toBe(401);
    clock = at(T0, 3600);
    expect(await refusal(verifier.verify(token))).toBe(401);
  });

  it('refuses a remembered token before its nbf when the clock goes back', async () => {
    const t0 = Math.floor(T0.getTime() / 1000);
    const { verifier: own, sign } = await ownIssuer();
    const token = await sign({ sub: 'u-nbf', nbf: t0, exp: t0 + 600 });
    clock = at(T0, 10);
    expect((await own.verify(token)).userId).toBe('u-nbf');
    clock = at(T0, -1);
    expect(await refusal(own.verify(token))).toBe(401);
    clock = at(T0, 20);
    expect((await own.verify(token)).userId).toBe('u-nbf');
  });

  it('verifies any other string afresh: a tampered payload or signature of a remembered token is refused', async () => {
    const verifier = verifierWith();
    const token = await issuer.sign(users.officerA, { now: T0 });
    await verifier.verify(token);
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const otherTenant = Buffer.from(JSON.stringify({ ...claims, tenant: 'twn-b' })).toString('base64url');
    const flipped = signature.slice(0, -2) + (signature.at(-2) === 'A' ? 'B' : 'A') + signature.at(-1);
    for (const forged of [`${header}.${otherTenant}.${signature}`, `${header}.${payload}.${flipped}`]) {
      expect(await refusal(verifier.verify(forged))).toBe(401);
      expect(await refusal(verifier.verify(forged))).toBe(401);
    }
    expect((await verifier.verify(token)).tenantId).toBe('twn-a');
  });

  it('never answers one token with another token’s identity', async () => {
    const verifier = verifierWith();
    const tokens = await Promise.all(
      [users.officerA, users.officerB, users.overseer, users.adminA].map((u) => issuer.sign(u, { now: T0 })),
    );
    for (let round = 0; round < 3; round++) {
      const seen = await Promise.all(tokens.map((t) => verifier.verify(t)));
      expect(seen.map((a) => [a.userId, a.role, a.tenantId])).toEqual([
        ['u-officer-a', 'petition_officer', 'twn-a'],
        ['u-officer-b', 'petition_officer', 'twn-b'],
        ['u-overseer', 'district_overseer', undefined],
        ['u-admin-a', 'township_admin', 'twn-a'],
      ]);
    }
    expect(checks()).toBe(4);
  });

  it('does not remember a refusal: a token refused before its nbf passes once it is valid', async () => {
    const t0 = Math.floor(T0.getTime() / 1000);
    const { verifier: own, sign } = await ownIssuer();
    const token = await sign({ sub: 'u-later', nbf: t0 + 30, exp: t0 + 600 });
    expect(await refusal(own.verify(token))).toBe(401);
    clock = at(T0, 30);
    expect((await own.verify(token)).userId).toBe('u-later');
  });

  it('keeps at most cachedTokens, dropping the least recently used; 0 keeps none', async () => {
    const tokens = await Promise.all(
      [users.officerA, users.officerB, users.adminA].map((u) => issuer.sign(u, { now: T0 })),
    );
    const [a, b, c] = tokens as [string, string, string];
    const small = verifierWith({ cachedTokens: 2 });
    for (const t of [a, b, a, c]) await small.verify(t);
    expect(checks()).toBe(3);
    await small.verify(a);
    expect(checks()).toBe(3);
    await small.verify(b);
    expect(checks()).toBe(4);

    vi.mocked(jose.jwtVerify).mockClear();
    const none = verifierWith({ cachedTokens: 0 });
    for (const t of [a, a, a]) await none.verify(t);
    expect(checks()).toBe(3);
  });
});

describe('through the API', () => {
  it('answers each caller with their own identity and refuses an expired token it has seen', async () => {
    let now = T0;
    const app = createApp({
      // /api/me reads nothing from the store.
      store: createStoreClients({ endpoint: 'http://127.0.0.1:9', tableName: 'unused' }),
      verifier: createTokenVerifier({ jwks: issuer.jwks, issuer: issuer.issuer, now: () => now }),
      version: 'test',
      now: () => now,
    });
    const a = await issuer.sign(users.officerA, { now: T0, ttlSeconds: 120 });
    const b = await issuer.sign(users.officerB, { now: T0, ttlSeconds: 120 });
    const me = async (token: string) => {
      const res = await app.request('/api/me', { headers: { authorization: `Bearer ${token}` } });
      return res.status === 200 ? ((await res.json()) as { tenantId?: string }).tenantId : res.status;
    };
    for (let i = 0; i < 3; i++) expect([await me(a), await me(b)]).toEqual(['twn-a', 'twn-b']);
    now = at(T0, 120);
    expect([await me(a), await me(b)]).toEqual([401, 401]);
  });
});

/** A key of our own, for tokens with an nbf (the local issuer sets none), and a verifier that trusts it. */
async function ownIssuer() {
  const { privateKey, publicKey } = await jose.generateKeyPair('ES256');
  const jwk = { ...(await jose.exportJWK(publicKey)), kid: 'own', alg: 'ES256' };
  const verifier = createTokenVerifier({ jwks: { keys: [jwk] }, issuer: 'https://own.test', now: () => clock });
  const sign = (claims: { sub: string; nbf: number; exp: number }) =>
    new jose.SignJWT({ role: 'petition_officer', district: 'd1', tenant: 'twn-a' })
      .setProtectedHeader({ alg: 'ES256', kid: 'own' })
      .setSubject(claims.sub)
      .setIssuer('https://own.test')
      .setNotBefore(claims.nbf)
      .setExpirationTime(claims.exp)
      .sign(privateKey);
  return { verifier, sign };
}
