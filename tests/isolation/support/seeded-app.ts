import { randomUUID } from 'node:crypto';
import {
  createApp,
  createLocalIssuer,
  createTokenVerifier,
  type DemoUser,
  type LocalIssuer,
  type XinfangApp,
} from '@xinfang/api';
import { demoUsersOf, seedDemo, type DemoDistrict, generateDemoData, type TownshipSpec } from '@xinfang/cli';
import {
  createStoreClients,
  ensureTable,
  startEmbeddedStore,
  type EmbeddedStore,
  type StoreClients,
} from '@xinfang/store';

export const TODAY = '2026-06-15';
export const FIXED_NOW = new Date('2026-06-15T02:00:00Z');
const SEED = 7;

/** Two townships of district A (A1, A2) and one township (C) of district B. */
export const DISTRICT_A = { id: 'dist-a', name: '甲区' };
export const DISTRICT_B = { id: 'dist-b', name: '乙区' };
const TOWNSHIPS_A: TownshipSpec[] = [
  { id: 'twn-a1', slug: 'a1', name: '东湖镇' },
  { id: 'twn-a2', slug: 'a2', name: '南山镇' },
];
const TOWNSHIPS_B: TownshipSpec[] = [{ id: 'twn-c1', slug: 'c1', name: '北河镇' }];

export interface SeededApp {
  app: XinfangApp;
  store: StoreClients;
  issuer: LocalIssuer;
  districtA: DemoDistrict;
  districtB: DemoDistrict;
  users: DemoUser[];
  user(id: string): DemoUser;
  as(user: DemoUser): Promise<Record<string, string>>;
  stop(): Promise<void>;
}

/** The real app over an embedded store holding the seeded districts, and a local issuer it trusts. */
export async function createSeededApp(): Promise<SeededApp> {
  const embedded: EmbeddedStore = await startEmbeddedStore();
  const store = createStoreClients({ endpoint: embedded.endpoint, tableName: `iso-${randomUUID()}` });
  await ensureTable(store.client, store.tableName);
  const common = { now: FIXED_NOW, today: TODAY, seed: SEED };
  await seedDemo(store, { ...common, district: DISTRICT_A, townships: TOWNSHIPS_A });
  await seedDemo(store, { ...common, district: DISTRICT_B, townships: TOWNSHIPS_B });
  const districtA = generateDemoData({ seed: SEED, today: TODAY, district: DISTRICT_A, townships: TOWNSHIPS_A });
  const districtB = generateDemoData({ seed: SEED, today: TODAY, district: DISTRICT_B, townships: TOWNSHIPS_B });
  const users = [...demoUsersOf(districtA, SEED), ...demoUsersOf(districtB, SEED)];

  const issuer = await createLocalIssuer('https://issuer.test');
  const now = () => FIXED_NOW;
  const app = createApp({
    store,
    verifier: createTokenVerifier({ jwks: issuer.jwks, issuer: issuer.issuer, now }),
    version: '0.0.0-isolation',
    now,
  });
  return {
    app,
    store,
    issuer,
    districtA,
    districtB,
    users,
    user: (id) => {
      const found = users.find((u) => u.id === id);
      if (!found) throw new Error(`no demo user ${id}`);
      return found;
    },
    as: async (user) => ({ authorization: `Bearer ${await issuer.sign(user, { now: FIXED_NOW })}` }),
    stop: () => embedded.stop(),
  };
}
