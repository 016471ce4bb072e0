// req/s and p99 of the API against a bare Hono app doing one GetItem, both on the same embedded store and demo data.
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import autocannon from 'autocannon';
import { floorApp, startDemoApi } from './demo-api';

export interface LoadResult {
  name: string;
  reqPerSec: number;
  p99Ms: number;
  non2xx: number;
  /**
   * CPU time of this process (server, embedded store and autocannon alike) per answered request: unlike req/s it
   * hardly moves when other processes share the machine, so `floor's ÷ ours` is the ratio to read on a busy one.
   */
  cpuMsPerRequest: number;
}

/**
 * Handlers still running: autocannon drops its sockets when its time is up, and a closed server no longer waits for
 * the handlers of dropped sockets, whose store calls would then meet a stopped store ("Database is closed").
 */
let inFlight = 0;
const settled = async () => {
  while (inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 20));
};

async function listen(
  handler: (req: Request) => Response | Promise<Response>,
): Promise<{ url: string; server: ServerType }> {
  const fetch = async (req: Request) => {
    inFlight++;
    try {
      return await handler(req);
    } finally {
      inFlight--;
    }
  };
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

async function load(name: string, url: string, headers: Record<string, string>, seconds: number): Promise<LoadResult> {
  // One request, then a second of untimed load, for every row alike: caches filled and code paths compiled (the
  // first row ran right after seeding, still paying for the JIT) before the clock starts.
  await (await fetch(url, { headers })).text();
  await autocannon({ url, headers, connections: 10, duration: 1 });
  const cpu = process.cpuUsage();
  const r = await autocannon({ url, headers, connections: 10, duration: seconds });
  const used = process.cpuUsage(cpu);
  const cpuMsPerRequest = (used.user + used.system) / 1000 / Math.max(1, r.requests.total);
  return { name, reqPerSec: r.requests.average, p99Ms: r.latency.p99, non2xx: r.non2xx, cpuMsPerRequest };
}

export async function benchApi(seconds = 5): Promise<LoadResult[]> {
  const { embedded, store, app, tenantId, officerHeaders, overseerHeaders, caseId, month } = await startDemoApi();
  const ours = await listen(app.fetch);
  // The floor: the same store, one GetItem of the same case's first event, as JSON.
  const floor = await listen(floorApp(store, { pk: `T#${tenantId}#CASE#${caseId}`, sk: 'EV#000001' }).fetch);

  const year = month.slice(0, 4);
  const results: LoadResult[] = [];
  results.push(await load('floor: bare Hono, one GetItem', `${floor.url}/item`, {}, seconds));
  results.push(await load('GET /api/health', `${ours.url}/api/health`, {}, seconds));
  results.push(await load('GET /api/cases/{id}', `${ours.url}/api/cases/${caseId}`, officerHeaders, seconds));
  results.push(
    await load('GET /api/reports/monthly', `${ours.url}/api/reports/monthly?month=${month}`, officerHeaders, seconds),
  );
  results.push(
    await load(
      'GET /api/district/comparison',
      `${ours.url}/api/district/comparison?from=${year}-01&to=${month}`,
      overseerHeaders,
      seconds,
    ),
  );
  results.push(await load('floor again (drift check)', `${floor.url}/item`, {}, seconds));
  // Let requests still in flight finish before the store goes away.
  await Promise.all([ours.server, floor.server].map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
  await settled();
  await embedded.stop();
  return results;
}
