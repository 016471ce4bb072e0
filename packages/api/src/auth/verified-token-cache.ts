import type { AuthContext } from './auth-context';

interface Entry {
  auth: Readonly<AuthContext>;
  /** The token's `nbf` and `exp`, in seconds since the epoch, as it was verified. */
  notBefore: number;
  expires: number;
}

/**
 * Tokens that passed verification (signature, issuer, audience, time, claims), each with the identity it carries,
 * until their `exp`: a signed-in user sends the same token for up to an hour, and an ES256 check per request cost
 * more than anything else but the store calls. Keyed by the exact token string (one character changed is another
 * key, verified afresh); refusals are never kept; least recently used entries go first beyond `maxEntries`.
 */
export class VerifiedTokenCache {
  private readonly entries = new Map<string, Entry>();
  constructor(private readonly maxEntries: number) {}

  /** The identity of a token verified before, if it is still inside its nbf..exp window at `nowSeconds`. */
  get(token: string, nowSeconds: number): Readonly<AuthContext> | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    // jose's rule, without clock tolerance: refused once exp <= now, or while nbf > now.
    if (entry.expires <= nowSeconds || entry.notBefore > nowSeconds) {
      if (entry.expires <= nowSeconds) this.entries.delete(token);
      return undefined;
    }
    this.entries.delete(token);
    this.entries.set(token, entry);
    return entry.auth;
  }

  /** Keeps a token that just passed verification; a token without a numeric `exp` is never kept. */
  set(token: string, auth: AuthContext, payload: { exp?: unknown; nbf?: unknown }): void {
    if (this.maxEntries <= 0 || typeof payload.exp !== 'number') return;
    this.entries.delete(token);
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    const notBefore = typeof payload.nbf === 'number' ? payload.nbf : -Infinity;
    this.entries.set(token, { auth: Object.freeze({ ...auth }), notBefore, expires: payload.exp });
  }

  get size(): number {
    return this.entries.size;
  }
}
