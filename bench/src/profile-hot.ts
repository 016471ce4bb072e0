// Where a warm read's time goes: fires N requests of each path through `app.fetch` in-process (no sockets), timing
// each phase. `pnpm exec tsx src/profile-hot.ts [path…]`; under `node --cpu-prof --import tsx src/profile-hot.ts`
// for a CPU profile. N (default 200) requests per path, C (default 1) at a time; PROFILE=<dir> writes a CPU profile
// of each path's timed requests only (not the seeding) to <dir>/<name>.cpuprofile.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { performance } from 'node:perf_hooks';
import { floorApp, startDemoApi } from './demo-api';

const { embedded, store, app, tenantId, officerHeaders: oh, overseerHeaders: vh, month } = await startDemoApi();
const all: Record<string, [string, Record<string, string>]> = {
  health: ['/api/health', {}],
  monthly: [`/api/reports/monthly?month=${month}`, oh],
  comparison: [`/api/district/comparison?from=${month.slice(0, 4)}-01&to=${month}`, vh],
};
const n = Number(process.env.N ?? 200);
const concurrency = Number(process.env.C ?? 1);
// The floor as api.bench.ts has it: a bare Hono app answering one GetItem as JSON.
const floorFetch = floorApp(store, { pk: `T#${tenantId}#SETTINGS`, sk: 'VERSION' }).fetch;
const floor = async () => (await floorFetch(new Request('http://x/item'))).text();
let floorCpuMs: number | undefined;
const session = new Session();
session.connect();
const time = async (name: string, once: () => Promise<unknown>) => {
  for (let i = 0; i < 20; i++) await once();
  if (process.env.PROFILE) await session.post('Profiler.enable').then(() => session.post('Profiler.start'));
  const t = performance.now();
  const cpu = process.cpuUsage();
  for (let i = 0; i < n / concurrency; i++) await Promise.all(Array.from({ length: concurrency }, once));
  const used = process.cpuUsage(cpu);
  if (process.env.PROFILE) {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(`${process.env.PROFILE}/${name.replace(/\W+/g, '-')}.cpuprofile`, JSON.stringify(profile));
  }
  const cpuMs = (used.user + used.system) / 1000 / n;
  floorCpuMs ??= cpuMs;
  const wall = ((performance.now() - t) / n).toFixed(3);
  // CPU per request (this process: app, SDK and the embedded store) says more than wall time on a busy machine.
  console.log(
    `${name.padEnd(12)} ${wall} ms/request, CPU ${cpuMs.toFixed(3)} ms = ${(floorCpuMs / cpuMs).toFixed(2)}× floor`,
  );
};
await time('floor', floor);
for (const name of process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(all)) {
  const [path, headers] = all[name] ?? [name, oh];
  await time(name, async () => {
    const res = await app.fetch(new Request(`http://x${path}`, { headers }));
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
    await res.text();
  });
}
await embedded.stop();
