import type { StoreClients } from './client';

/** The error a failing store throws in place of its k-th call. */
export class InjectedFailure extends Error {}

/**
 * The store, except that its k-th call (counting from 1) fails before it reaches the table. For the faults suites
 * (store and API): a multi-write operation is run with every k failing in turn.
 */
export function failingAt(store: StoreClients, k: number): { store: StoreClients; calls: () => number } {
  let n = 0;
  const wrap = <T extends object>(client: T): T =>
    new Proxy(client, {
      get(target, prop, receiver) {
        const value: unknown = Reflect.get(target, prop, receiver);
        if (prop !== 'send' || typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          n += 1;
          if (n === k) return Promise.reject(new InjectedFailure(`call ${k} failed`));
          return Reflect.apply(value, target, args);
        };
      },
    });
  return { store: { ...store, doc: wrap(store.doc), client: wrap(store.client) }, calls: () => n };
}
