// Store calls, items and bytes of the first request of each read the API benchmark loads, then the mean time of N more
// (default 20): `pnpm exec tsx src/profile-reads.ts`.
import { performance } from 'node:perf_hooks';
import { recordStoreCalls } from '@xinfang/store';
import { startDemoApi } from './demo-api';

const { embedded, store, app, officerHeaders: oh, overseerHeaders: vh, caseId, month } = await startDemoApi();
const log = recordStoreCalls(store.client);
const paths: [string, Record<string, string>][] = [
  ['/api/health', {}],
  [`/api/cases/${caseId}`, oh],
  [`/api/reports/monthly?month=${month}`, oh],
  [`/api/district/comparison?from=${month.slice(0, 4)}-01&to=${month}`, vh],
];
for (const [path, headers] of paths) {
  log.clear();
  const res = await app.request(path, { headers });
  const body = await res.text();
  const calls = log.calls.map((c) => `${c.command}${c.indexName ? `@${c.indexName}` : ''}:${c.items ?? '-'}`);
  const items = log.items();
  const n = Number(process.env.N ?? 20);
  const t = performance.now();
  for (let i = 0; i < n; i++) await (await app.request(path, { headers })).text();
  const ms = (performance.now() - t) / n;
  console.log(`${path} ${res.status} ${body.length} B, ${calls.length} calls, ${items} items, ${ms.toFixed(1)} ms`);
  console.log(`  ${calls.join(' ')}`);
}
await embedded.stop();
