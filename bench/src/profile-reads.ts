// Store calls, items and bytes per request for the reads the API benchmark loads; `pnpm exec tsx src/profile-reads.ts`.
import { performance } from 'node:perf_hooks';
import { createApp, createLocalIssuer, createTokenVerifier, type DemoUser } from '@xinfang/api';
import { seedDemo } from '@xinfang/cli';
import { createStoreClients, ensureTable, recordStoreCalls, startEmbeddedStore } from '@xinfang/store';

const embedded = await startEmbeddedStore();
const store = createStoreClients({ endpoint: embedded.endpoint, tableName: 'bench' });
await ensureTable(store.client, store.tableName);
const now = new Date();
const seeded = await seedDemo(store, { now });
const issuer = await createLocalIssuer('xinfang-bench');
const app = createApp({
  store,
  verifier: createTokenVerifier({ jwks: issuer.jwks, issuer: issuer.issuer }),
  version: 'bench',
  now: () => now,
});
const log = recordStoreCalls(store.client);
const officer = seeded.users.find((u) => u.role === 'petition_officer');
const overseer = seeded.users.find((u) => u.role === 'district_overseer');
if (!officer || !overseer) throw new Error('demo users missing');
const bearer = async (u: DemoUser) => ({ authorization: `Bearer ${await issuer.sign(u, { now })}` });
const oh = await bearer(officer);
const vh = await bearer(overseer);
const listed = (await (await app.request('/api/cases?limit=1', { headers: oh })).json()) as { items: { id: string }[] };
const month = now.toISOString().slice(0, 7);
const paths: [string, Record<string, string>][] = [
  ['/api/health', {}],
  [`/api/cases/${listed.items[0]?.id}`, oh],
  [`/api/reports/monthly?month=${month}`, oh],
  [`/api/district/comparison?from=${month.slice(0, 4)}-01&to=${month}`, vh],
];
for (const [path, headers] of paths) {
  log.clear();
  const res = await app.request(path, { headers });
  const body = await res.text();
  const calls = log.calls.map((c) => `${c.command}${c.indexName ? `@${c.indexName}` : ''}:${c.items ?? '-'}`);
  const t = performance.now();
  for (let i = 0; i < Number(process.env.N ?? 20); i++) await (await app.request(path, { headers })).text();
  const ms = (performance.now() - t) / 20;
  console.log(
    `${path} ${res.status} ${body.length} B, ${log.calls.length} calls, ${log.items()} items, ${ms.toFixed(1)} ms`,
  );
  console.log(`  ${calls.join(' ')}`);
}
await embedded.stop();
