// The app every API benchmark and profile measures: the demo district seeded into a fresh embedded store, the API on
// it with a local token issuer, and signed tokens of the demo's petition officer and district overseer. Also the
// floor they compare against: a bare Hono app answering one GetItem as JSON from the same store.
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { createApp, createLocalIssuer, createTokenVerifier, type DemoUser } from '@xinfang/api';
import { seedDemo } from '@xinfang/cli';
import { createStoreClients, ensureTable, startEmbeddedStore, type StoreClients } from '@xinfang/store';
import { Hono } from 'hono';

export async function startDemoApi() {
  const embedded = await startEmbeddedStore();
  const store = createStoreClients({ endpoint: embedded.endpoint, tableName: 'bench' });
  await ensureTable(store.client, store.tableName);
  const now = new Date();
  const seeded = await seedDemo(store, { now });
  const issuer = await createLocalIssuer('xinfang-bench');
  const verifier = createTokenVerifier({ jwks: issuer.jwks, issuer: issuer.issuer });
  const app = createApp({ store, verifier, version: 'bench', now: () => now });
  const officer = seeded.users.find((u) => u.role === 'petition_officer');
  const overseer = seeded.users.find((u) => u.role === 'district_overseer');
  if (!officer?.tenantId || !overseer) throw new Error('demo users missing');
  const bearer = async (u: DemoUser) => ({ authorization: `Bearer ${await issuer.sign(u, { now })}` });
  const officerHeaders = await bearer(officer);
  const overseerHeaders = await bearer(overseer);
  const listed = (await (await app.request('/api/cases?limit=1', { headers: officerHeaders })).json()) as {
    items?: { id: string }[];
  };
  const caseId = listed.items?.[0]?.id;
  if (!caseId) throw new Error(`no demo case: ${JSON.stringify(listed)}`);
  return {
    embedded,
    store,
    now,
    month: now.toISOString().slice(0, 7),
    app,
    verifier,
    issuer,
    officer,
    tenantId: officer.tenantId,
    officerHeaders,
    overseerHeaders,
    caseId,
  };
}

/** The floor: `GET /item` answers the item at `key` as JSON, and does nothing else. */
export function floorApp(store: StoreClients, key: { pk: string; sk: string }): Hono {
  const floor = new Hono();
  floor.get('/item', async (c) =>
    c.json((await store.doc.send(new GetCommand({ TableName: store.tableName, Key: key }))).Item ?? null),
  );
  return floor;
}
