import type { StoreClients } from '@xinfang/store';
import type { TokenVerifier } from './auth/verifier';
import type { RateLimitOptions } from './http/rate-limit-options';

/** Everything the app needs from outside, handed in once; nothing is read from the environment at import. */
export interface AppDeps {
  store: StoreClients;
  verifier: TokenVerifier;
  version: string;
  /** The clock, so tests can fix "today" (Asia/Shanghai dates are derived from it). */
  now: () => Date;
  /**
   * Per-client limit of the public routes (/api/public/*) in this process: the local server sets it. In AWS it is
   * absent: API Gateway throttling and the WAF rate-based rule apply across instances.
   */
  publicRateLimit?: RateLimitOptions;
}
