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
  /** Told of every answered request (the Lambda entry logs it and counts metrics); never given a body. */
  observe?: (record: RequestRecord) => void;
}

/** What a request leaves for logs and metrics: who (tenant, role), what, how it went. No body, no query. */
export interface RequestRecord {
  requestId: string;
  method: string;
  path: string;
  status: number;
  durationMs: number;
  /** The township, or `district:<id>` for district callers; absent before sign-in. */
  tenant?: string;
  role?: string;
}
