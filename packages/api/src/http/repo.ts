import type { StoreClients } from '@xinfang/store';
import type { Context } from 'hono';
import type { AppEnv } from '../app-env';

const cache = new WeakMap<StoreClients, Map<unknown, unknown>>();

/** One repository instance per store and class, built on first use (repositories take their client). */
export function repo<T>(c: Context<AppEnv>, Repository: new (store: StoreClients) => T): T {
  const store = c.get('deps').store;
  let byClass = cache.get(store);
  if (!byClass) cache.set(store, (byClass = new Map()));
  let instance = byClass.get(Repository) as T | undefined;
  if (!instance) byClass.set(Repository, (instance = new Repository(store)));
  return instance;
}
