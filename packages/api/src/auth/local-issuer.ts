import { Hono } from 'hono';
import { exportJWK, generateKeyPair, SignJWT, type JSONWebKeySet } from 'jose';
import { z } from 'zod';
import type { Role } from './auth-context';
import { ROLE_LABELS } from './auth-context';

/** A demo user of the local issuer (local runs and tests only; AWS uses Cognito). */
export interface DemoUser {
  id: string;
  name: string;
  role: Role;
  districtId: string;
  districtName?: string;
  tenantId?: string;
  tenantName?: string;
  unitId?: string;
  unitName?: string;
}

export interface LocalIssuer {
  issuer: string;
  jwks: JSONWebKeySet;
  sign(user: DemoUser, options?: { ttlSeconds?: number; now?: Date }): Promise<string>;
  /** `/auth/users`, `/auth/token`, `/auth/.well-known/jwks.json`: mount at the server root. */
  routes(users: () => Promise<DemoUser[]> | DemoUser[]): Hono;
}

const KID = 'xinfang-local-1';

/** A token issuer for `xinfang start`: a fresh key pair per run, tokens shaped like Cognito's. */
export async function createLocalIssuer(issuer = 'http://127.0.0.1/xinfang-local'): Promise<LocalIssuer> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid: KID, alg: 'ES256', use: 'sig' };
  const jwks: JSONWebKeySet = { keys: [jwk] };

  const sign: LocalIssuer['sign'] = (user, options = {}) => {
    const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
    return new SignJWT({
      name: user.name,
      role: user.role,
      district: user.districtId,
      ...(user.tenantId ? { tenant: user.tenantId } : {}),
      ...(user.unitId ? { unit: user.unitId } : {}),
    })
      .setProtectedHeader({ alg: 'ES256', kid: KID })
      .setSubject(user.id)
      .setIssuer(issuer)
      .setIssuedAt(now)
      .setExpirationTime(now + (options.ttlSeconds ?? 8 * 3600))
      .sign(privateKey);
  };

  const routes: LocalIssuer['routes'] = (users) => {
    const app = new Hono();
    app.get('/auth/.well-known/jwks.json', (c) => c.json(jwks));
    app.get('/auth/users', async (c) => c.json((await users()).map((u) => ({ ...u, roleLabel: ROLE_LABELS[u.role] }))));
    app.post('/auth/token', async (c) => {
      const body = z.object({ userId: z.string().min(1) }).safeParse(await c.req.json().catch(() => null));
      const user = body.success ? (await users()).find((u) => u.id === body.data.userId) : undefined;
      if (!user) {
        return c.json({ type: 'about:blank', title: '未知用户', status: 400, detail: '请选择演示用户' }, 400, {
          'content-type': 'application/problem+json',
        });
      }
      return c.json({ token: await sign(user), expiresIn: 8 * 3600 });
    });
    return app;
  };

  return { issuer, jwks, sign, routes };
}
