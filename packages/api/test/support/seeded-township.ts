import { afterAll, beforeAll } from 'vitest';
import { seedTownship, seedVillageCase } from '../rules-ledger-fixtures';
import { createTestContext, type TestContext } from './test-app';

/**
 * One app per test file on a fresh table, seeded with township twn-a (org, default rules from 2020) and its
 * village case c-v1. Call at the top of a test file; the returned context is usable inside tests and hooks.
 * `extraSeed` runs after the common seed, for files that need a little more.
 */
export function useSeededTownship(extraSeed?: (ctx: TestContext) => Promise<void>): TestContext {
  let inner: TestContext | undefined;
  const current = (): TestContext => {
    if (!inner) throw new Error('useSeededTownship: the context exists only inside tests and hooks');
    return inner;
  };
  beforeAll(async () => {
    inner = await createTestContext();
    await seedTownship(inner.store);
    await seedVillageCase(inner.store);
    await extraSeed?.(inner);
  });
  afterAll(async () => inner?.stop());
  // Getters, so a file can keep writing `ctx.app` although the app is only built in beforeAll.
  return {
    get app() {
      return current().app;
    },
    get store() {
      return current().store;
    },
    get issuer() {
      return current().issuer;
    },
    get embedded() {
      return current().embedded;
    },
    as: async (user) => current().as(user),
    stop: async () => current().stop(),
  };
}
