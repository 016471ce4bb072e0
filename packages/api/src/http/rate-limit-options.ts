import type { Context } from 'hono';

/** How /api/public/* is limited per client in this process (see rate-limit.ts). */
export interface RateLimitOptions {
  /** Requests a client may make at once (the bucket's size). */
  capacity: number;
  /** Requests added back per minute. */
  refillPerMinute: number;
  /** Who the client is: its IP address, as the runtime knows it. */
  clientKey: (c: Context) => string;
  /** Clients remembered at most; the least recently seen are forgotten first (a full bucket again). */
  maxClients?: number;
}
