import type { StoreClients } from '@xinfang/store';
import type { TokenVerifier } from './auth/verifier';

/** Everything the app needs from outside, handed in once; nothing is read from the environment at import. */
export interface AppDeps {
  store: StoreClients;
  verifier: TokenVerifier;
  version: string;
  /** The clock, so tests can fix "today" (Asia/Shanghai dates are derived from it). */
  now: () => Date;
}
