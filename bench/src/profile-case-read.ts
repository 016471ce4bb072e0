// Where a case read's time goes, in-process (no HTTP server, no autocannon): `pnpm exec tsx src/profile-case-read.ts`.
// Prints the store calls of a first and a second case read. Times the floor's handler, health, the whole case read
// through `app.fetch`, and each step of the case read on its own (token verification, the kept page's BatchGetItem,
// the version GetItem, the case Query and fold), in interleaved rounds, and prints the median CPU per request of each
// (process.cpuUsage: other processes on a shared machine barely move it) and its ratio to the floor's. N (default
// 1000) requests per step in all, C (default 10) at a time.
// `ONLY=case PROFILE=case.cpuprofile pnpm exec tsx src/profile-case-read.ts` writes a CPU profile of case reads alone
// (seeding left out) for Chrome DevTools; ONLY=floor or ONLY=health profile those.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { CaseRepository, checkCaseChange, recordStoreCalls, TownshipSettingsCache } from '@xinfang/store';
import { floorApp, startDemoApi } from './demo-api';

const N = Number(process.env.N ?? 1000);
const ROUNDS = 5;
const only = process.env.ONLY;

const { embedded, store, app, verifier, tenantId, officerHeaders: headers, caseId } = await startDemoApi();
const token = headers.authorization.replace(/^Bearer /, '');

// The floor of api.bench.ts: one GetItem of the case's first event, as JSON.
const floor = floorApp(store, { pk: `T#${tenantId}#CASE#${caseId}`, sk: 'EV#000001' });

const fetchText = async (url: string, h: Record<string, string> = {}, status = 200) => {
  const res = await app.fetch(new Request(`http://local${url}`, { headers: h }));
  const text = await res.text();
  // A failing request is cheap and fast: timing one would mislead.
  if (res.status !== status) throw new Error(`${url}: ${res.status} ${text}`);
  return text;
};
// The store calls of the first case read (the page not kept yet) and of the second (the kept page, checked).
const log = recordStoreCalls(store.client);
for (const read of ['first', 'second']) {
  log.clear();
  await fetchText(`/api/cases/${caseId}`, headers);
  console.log(`${read} case read: ${log.calls.map((c) => `${c.command} (${c.items ?? 0} items)`).join(', ')}`);
}
// Timed without the log's middleware.
store.client.middlewareStack.remove('xinfangCallLog');
const township = new TownshipSettingsCache(store);
const cases = new CaseRepository(store);
const versions = await township.versions(tenantId);
const settings = await township.foldSettings(tenantId, versions);

const steps: Record<string, [string, () => Promise<unknown>]> = {
  floor: ['floor handler (floorApp.fetch)', async () => (await floor.fetch(new Request('http://local/item'))).text()],
  health: ['GET /api/health', () => fetchText('/api/health')],
  me: ['GET /api/me (auth, no store)', () => fetchText('/api/me', headers)],
  case: ['GET /api/cases/{id}', () => fetchText(`/api/cases/${caseId}`, headers)],
  missing: ['GET /api/cases/{unknown id} (404)', () => fetchText(`/api/cases/${caseId}x`, headers, 404)],
  verify: ['  verifier.verify(token)', () => verifier.verify(token)],
  check: ['  kept page check: BatchGetItem', () => checkCaseChange(store, tenantId, caseId, 1e5)],
  version: ['  version GetItem', () => township.versions(tenantId)],
  view: ['  case Query, parse and fold (view)', () => cases.view(tenantId, caseId, settings)],
};

/** CPU ms per call of `step` over `n` calls, C (default 10, as autocannon's connections) at a time. */
async function cpuPerCall(step: () => Promise<unknown>, n: number): Promise<number> {
  const loop = async (calls: number) => {
    for (let i = 0; i < calls; i++) await step();
  };
  const concurrency = Number(process.env.C ?? 10);
  const run = (calls: number) => Promise.all(Array.from({ length: concurrency }, () => loop(calls / concurrency)));
  await run(2 * concurrency);
  const cpu = process.cpuUsage();
  await run(Math.ceil(n / concurrency) * concurrency);
  const used = process.cpuUsage(cpu);
  return (used.user + used.system) / 1000 / (Math.ceil(n / concurrency) * concurrency);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const chosen = only ? steps[only] : undefined;
if (chosen) {
  const session = new Session();
  session.connect();
  const post = (method: string) =>
    new Promise<unknown>((resolve, reject) =>
      session.post(method, (error, result) => (error ? reject(error) : resolve(result))),
    );
  if (process.env.PROFILE) await post('Profiler.enable').then(() => post('Profiler.start'));
  const ms = await cpuPerCall(chosen[1], N);
  console.log(`${chosen[0].padEnd(40)} ${ms.toFixed(3)} ms CPU`);
  if (process.env.PROFILE) {
    const { profile } = (await post('Profiler.stop')) as { profile: unknown };
    writeFileSync(process.env.PROFILE, JSON.stringify(profile));
  }
} else {
  const samples = new Map<string, number[]>();
  for (let r = 0; r < ROUNDS; r++) {
    for (const [name, step] of Object.values(steps)) {
      samples.set(name, [...(samples.get(name) ?? []), await cpuPerCall(step, Math.ceil(N / ROUNDS))]);
    }
  }
  const floor = median(samples.get(steps.floor?.[0] ?? '') ?? []);
  for (const [name, xs] of samples) {
    const ms = median(xs);
    console.log(`${name.padEnd(40)} ${ms.toFixed(3)} ms CPU = ${(ms / floor).toFixed(2)}× the floor's`);
  }
}
await embedded.stop();
