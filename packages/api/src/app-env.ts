import type { AuthContext } from './auth/auth-context';
import type { AppDeps } from './deps';

/** What every request carries through the middleware chain. */
export interface AppEnv {
  Variables: {
    requestId: string;
    deps: AppDeps;
    auth: AuthContext;
  };
}
