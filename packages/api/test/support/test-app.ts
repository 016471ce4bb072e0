import { randomUUID } from 'node:crypto';
import {
  createStoreClients,
  ensureTable,
  startEmbeddedStore,
  type EmbeddedStore,
  type StoreClients,
} from '@xinfang/store';
import { createApp } from '../../src/app';
import { createLocalIssuer, type DemoUser, type LocalIssuer } from '../../src/auth/local-issuer';
import { createTokenVerifier } from '../../src/auth/verifier';

export interface TestContext {
  app: ReturnType<typeof createApp>;
  store: StoreClients;
  issuer: LocalIssuer;
  embedded: EmbeddedStore;
  /** A bearer header for a user. */
  as(user: DemoUser): Promise<Record<string, string>>;
  stop(): Promise<void>;
}

export const FIXED_NOW = new Date('2026-06-15T02:00:00Z');

/** The real app on the embedded store with a fresh table, and a local issuer whose tokens it trusts. */
export async function createTestContext(
  options: { createTable?: boolean; now?: () => Date } = {},
): Promise<TestContext> {
  const embedded = await startEmbeddedStore();
  const tableName = `test-${randomUUID()}`;
  const store = createStoreClients({ endpoint: embedded.endpoint, tableName });
  if (options.createTable !== false) await ensureTable(store.client, tableName);
  const issuer = await createLocalIssuer('https://issuer.test');
  const now = options.now ?? (() => FIXED_NOW);
  const app = createApp({
    store,
    verifier: createTokenVerifier({ jwks: issuer.jwks, issuer: issuer.issuer, now }),
    version: '0.0.0-test',
    now,
  });
  return {
    app,
    store,
    issuer,
    embedded,
    as: async (user) => ({ authorization: `Bearer ${await issuer.sign(user, { now: now() })}` }),
    stop: () => embedded.stop(),
  };
}

export const users = {
  officerA: { id: 'u-officer-a', name: '王信访', role: 'petition_officer', districtId: 'd1', tenantId: 'twn-a' },
  adminA: { id: 'u-admin-a', name: '李管理', role: 'township_admin', districtId: 'd1', tenantId: 'twn-a' },
  officerB: { id: 'u-officer-b', name: '赵信访', role: 'petition_officer', districtId: 'd1', tenantId: 'twn-b' },
  overseer: { id: 'u-overseer', name: '区局张', role: 'district_overseer', districtId: 'd1' },
} satisfies Record<string, DemoUser>;
