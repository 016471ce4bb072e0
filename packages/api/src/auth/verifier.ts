import { createLocalJWKSet, createRemoteJWKSet, jwtVerify, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';
import { unauthorized } from '../http/problem';
import { authContextOf, claimsFromPayload, TokenClaims, type AuthContext } from './auth-context';
import { VerifiedTokenCache } from './verified-token-cache';

export interface TokenVerifier {
  verify(token: string): Promise<AuthContext>;
}

export interface VerifierOptions {
  /** A JWKS URL (Cognito's, or the local issuer's) or the key set itself. */
  jwks: URL | JSONWebKeySet;
  issuer: string;
  audience?: string;
  /** The clock, so expiry is checked against the app's notion of now. */
  now?: () => Date;
  /**
   * How many verified tokens to remember until their `exp` (least recently used go first); 0 verifies every
   * request afresh. Default 1,000.
   */
  cachedTokens?: number;
}

/**
 * Verifies tokens against a JWKS exactly the same way for Cognito and for the local issuer. A token that passed is
 * remembered, by its exact string, with the identity it carries, until its `exp` (see VerifiedTokenCache): the same
 * token again inside its nbf..exp window is answered without a signature check; outside it, or any other string,
 * is verified as if never seen.
 */
export function createTokenVerifier(options: VerifierOptions): TokenVerifier {
  const keys: JWTVerifyGetKey =
    options.jwks instanceof URL ? createRemoteJWKSet(options.jwks) : createLocalJWKSet(options.jwks);
  const cache = new VerifiedTokenCache(options.cachedTokens ?? 1_000);
  const now = options.now ?? (() => new Date());
  return {
    async verify(token) {
      const currentDate = now();
      const cached = cache.get(token, Math.floor(currentDate.getTime() / 1000));
      if (cached) return cached;
      let payload: Record<string, unknown>;
      try {
        ({ payload } = await jwtVerify(token, keys, {
          issuer: options.issuer,
          ...(options.audience ? { audience: options.audience } : {}),
          currentDate,
          algorithms: ['ES256', 'RS256'],
        }));
      } catch {
        throw unauthorized('登录凭证无效或已过期，请重新登录');
      }
      const claims = TokenClaims.safeParse(claimsFromPayload(payload));
      if (!claims.success) throw unauthorized('登录凭证缺少必要的身份信息');
      const auth = authContextOf(claims.data);
      cache.set(token, auth, payload);
      return auth;
    },
  };
}
