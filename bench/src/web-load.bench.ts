/// <reference lib="dom" />
// LCP and the JS a page really fetches, in headless Chromium against `xinfang start` (the local server that serves
// web/dist compressed, the API and the demo data).
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { median } from './measure';
import { formatTimeline, readTimeline, recordInitiators, type PageTimeline } from './web-timeline';

export interface PageLoad {
  page: string;
  /** Median of `runs` cold loads (fresh browser context each: empty cache, own session). */
  lcpMs: number;
  /** Script bytes on the wire (compressed) and their number, of the median run. */
  jsTransferBytes: number;
  jsFiles: number;
  /** The API requests the page made, in the order they started, with their start times relative to the first. */
  apiRequests: string[];
  /** The median run's requests, paints and LCP element. */
  timeline: PageTimeline;
}

export { formatTimeline };

const ROOT = join(import.meta.dirname, '../..');

async function startServer(webDist?: string): Promise<{ url: string; child: ChildProcess }> {
  const args = ['packages/cli/bin/xinfang.mjs', 'start', '--port', '0', '--no-jobs'];
  if (webDist) args.push('--web-dist', webDist);
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /started\): (http:\/\/\S+)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`xinfang start exited (${code}): ${out}`)));
  });
  return { url, child };
}

async function token(url: string, role: string): Promise<string> {
  const users = (await (await fetch(`${url}/auth/users`)).json()) as { id: string; role: string }[];
  const user = users.find((u) => u.role === role);
  if (!user) throw new Error(`no demo ${role}`);
  const res = await fetch(`${url}/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId: user.id }),
  });
  return ((await res.json()) as { token: string }).token;
}

async function loadOnce(browser: Browser, url: string, bearer?: string) {
  const context = await browser.newContext();
  if (bearer) await context.addInitScript(`sessionStorage.setItem('xinfang.token', ${JSON.stringify(bearer)})`);
  const page = await context.newPage();
  const depths = await recordInitiators(page);
  await page.goto(url, { waitUntil: 'load' });
  // The page has drawn its content (on a busy machine that can take seconds after the last chunk arrived), then its
  // data requests are done; LCP is final at the first input or when the page is hidden, so a short settle follows.
  await page.waitForFunction(() => (document.getElementById('root')?.innerText ?? '').length > 20, null, {
    timeout: 60_000,
  });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const timeline = await readTimeline(page, depths());
  await context.close();
  const scripts = timeline.rows.filter((r) => r.kind === 'script');
  const api = timeline.rows.filter((r) => r.kind === 'api');
  const first = api[0]?.startMs ?? 0;
  return {
    lcp: timeline.lcpMs,
    js: scripts.reduce((n, r) => n + r.transferBytes, 0),
    jsFiles: scripts.length,
    api: api.map((r) => `${r.path} +${Math.round(r.startMs - first)} ms`),
    timeline,
  };
}

/** The pages both benchmarks load: the sign-in page, and the home page of a signed-in petition officer. */
const PAGES = [
  { name: '/signin', path: '/signin', signedIn: false },
  { name: '/ (petition officer, signed in)', path: '/', signedIn: true },
] as const;

export async function benchWebLoad(runs = 3): Promise<PageLoad[]> {
  const { url, child } = await startServer();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const officer = await token(url, 'petition_officer');
    const out: PageLoad[] = [];
    for (const { name, path, signedIn } of PAGES) {
      const bearer = signedIn ? officer : undefined;
      await loadOnce(browser, `${url}${path}`, bearer); // warm the server's compressed-file cache
      const results = [];
      for (let i = 0; i < runs; i += 1) results.push(await loadOnce(browser, `${url}${path}`, bearer));
      const lcpMs = median(results.map((r) => r.lcp));
      const mid = results.find((r) => r.lcp === lcpMs) ?? results[0];
      if (!mid) throw new Error('no page loads (runs must be at least 1)');
      out.push({
        page: name,
        lcpMs,
        jsTransferBytes: mid.js,
        jsFiles: mid.jsFiles,
        apiRequests: mid.api,
        timeline: mid.timeline,
      });
    }
    return out;
  } finally {
    await browser.close();
    child.kill('SIGTERM');
  }
}

export interface BuildComparison {
  page: string;
  /** Per build, in the order given: its folder, the median LCP and every run's. */
  builds: { dist: string; lcpMs: number; runsMs: number[] }[];
}

/**
 * LCP of two or more builds of the web app (folders like web/dist), each served by its own `xinfang start`, their
 * cold loads taken in turns (A, B, A, B...) so that every build sees the same machine. For deciding whether a change
 * helps: a sequential A-then-B run on a noisy host often says more about the host than about the change.
 */
export async function compareWebBuilds(dists: readonly string[], runs = 7): Promise<BuildComparison[]> {
  const servers = await Promise.all(dists.map((dist) => startServer(dist)));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const officers = await Promise.all(servers.map((s) => token(s.url, 'petition_officer')));
    const out: BuildComparison[] = [];
    for (const { name, path, signedIn } of PAGES) {
      const lcps = dists.map((): number[] => []);
      for (let round = 0; round <= runs; round += 1)
        for (const [i, server] of servers.entries()) {
          const { lcp } = await loadOnce(browser, `${server.url}${path}`, signedIn ? officers[i] : undefined);
          if (round > 0) lcps[i]?.push(lcp); // round 0 warms each server's compressed-file cache
        }
      out.push({
        page: name,
        builds: dists.map((dist, i) => ({ dist, lcpMs: median(lcps[i] ?? []), runsMs: lcps[i] ?? [] })),
      });
    }
    return out;
  } finally {
    await browser.close();
    for (const s of servers) s.child.kill('SIGTERM');
  }
}
