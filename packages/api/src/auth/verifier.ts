import { createLocalJWKSet, createRemoteJWKSet, jwtVerify, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';
import { unauthorized } from '../http/problem';
import { authContextOf, claimsFromPayload, TokenClaims, type AuthContext } from './auth-context';

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
}

/** Verifies tokens against a JWKS exactly the same way for Cognito and for the local issuer. */
export function createTokenVerifier(options: VerifierOptions): TokenVerifier {
  const keys: JWTVerifyGetKey =
    options.jwks instanceof URL ? createRemoteJWKSet(options.jwks) : createLocalJWKSet(options.jwks);
  return {
    async verify(token) {
      let payload: Record<string, unknown>;
      try {
        ({ payload } = await jwtVerify(token, keys, {
          issuer: options.issuer,
          ...(options.audience ? { audience: options.audience } : {}),
          ...(options.now ? { currentDate: options.now() } : {}),
          algorithms: ['ES256', 'RS256'],
        }));
      } catch {
        throw unauthorized('登录凭证无效或已过期，请重新登录');
      }
      const claims = TokenClaims.safeParse(claimsFromPayload(payload));
      if (!claims.success) throw unauthorized('登录凭证缺少必要的身份信息');
      return authContextOf(claims.data);
    },
  };
}
