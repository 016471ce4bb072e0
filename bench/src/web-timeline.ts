/// <reference lib="dom" />
// What a page load waited for: every request with its start, end and depth in the discovery chain (which file's
// code or markup asked for it, from Chromium's DevTools protocol), the paints and the LCP element.
import type { CDPSession, Page } from 'playwright-core';

export interface TimelineRow {
  /** Path of the URL (assets keep their hashed names). */
  path: string;
  kind: 'document' | 'script' | 'api' | 'other';
  startMs: number;
  endMs: number;
  /** Bytes on the wire (compressed). */
  transferBytes: number;
  /**
   * 0 for the HTML; otherwise 1 + the depth of the deepest file in the code (or markup) that asked for it. A chunk at
   * depth 3 could not be requested before two others had arrived and run.
   */
  depth: number;
}

export interface PageTimeline {
  rows: TimelineRow[];
  firstPaintMs: number;
  firstContentfulPaintMs: number;
  lcpMs: number;
  /** Tag, test id or class, and the start of the text of the LCP element. */
  lcpElement: string;
  /** Deepest script in the chain. */
  scriptDepth: number;
}

interface Initiator {
  type: string;
  url?: string;
  stack?: StackTrace;
}
interface StackTrace {
  callFrames: { url: string }[];
  parent?: StackTrace;
}

function stackUrls(stack: StackTrace | undefined): string[] {
  const out: string[] = [];
  for (let s = stack; s; s = s.parent) for (const f of s.callFrames) if (f.url) out.push(f.url);
  return out;
}

/** Starts recording who asked for each request; call before `page.goto`. Returns a reader of the depths by URL. */
export async function recordInitiators(page: Page): Promise<() => Map<string, number>> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const depth = new Map<string, number>();
  cdp.on('Network.requestWillBeSent', (event: { request: { url: string }; initiator: Initiator; type?: string }) => {
    const url = event.request.url;
    if (depth.has(url)) return;
    if (event.type === 'Document') {
      depth.set(url, 0);
      return;
    }
    const askers = [event.initiator.url ?? '', ...stackUrls(event.initiator.stack)].filter((u) => u && u !== url);
    const parents = askers.map((u) => depth.get(u) ?? 0);
    depth.set(url, 1 + Math.max(0, ...parents));
  });
  return () => depth;
}

/** Reads the page's timeline once it has drawn; `depths` comes from `recordInitiators`. */
export async function readTimeline(page: Page, depths: Map<string, number>): Promise<PageTimeline> {
  const raw = await page.evaluate(async () => {
    const lcp = await new Promise<LargestContentfulPaint | undefined>((resolve) => {
      new PerformanceObserver((list) => resolve(list.getEntries().at(-1) as LargestContentfulPaint)).observe({
        type: 'largest-contentful-paint',
        buffered: true,
      });
      setTimeout(() => resolve(undefined), 2_000);
    });
    // No named functions in here: tsx would wrap them in a helper the page does not have.
    const el = lcp?.element;
    const testId = el?.getAttribute('data-testid');
    const cls = el && typeof el.className === 'string' ? el.className.split(' ')[0] : '';
    const lcpElement = el
      ? `<${el.tagName.toLowerCase()}${testId ? ` data-testid=${testId}` : ''}${cls ? ` class="${cls}"` : ''}> ` +
        JSON.stringify((el.textContent ?? '').trim().slice(0, 30))
      : '(none)';
    const paints = performance.getEntriesByType('paint');
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const resources = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => ({
      url: e.name,
      initiatorType: e.initiatorType,
      startMs: e.startTime,
      endMs: e.responseEnd,
      transferBytes: e.transferSize,
    }));
    return {
      document: nav
        ? { url: nav.name, startMs: 0, endMs: nav.responseEnd, transferBytes: nav.transferSize }
        : undefined,
      resources,
      firstPaintMs: paints.find((p) => p.name === 'first-paint')?.startTime ?? 0,
      firstContentfulPaintMs: paints.find((p) => p.name === 'first-contentful-paint')?.startTime ?? 0,
      lcpMs: lcp?.startTime ?? 0,
      lcpElement,
    };
  });
  const rows: TimelineRow[] = [];
  if (raw.document)
    rows.push({ ...raw.document, path: new URL(raw.document.url).pathname, kind: 'document', depth: 0 });
  for (const r of raw.resources) {
    const path = new URL(r.url).pathname;
    const kind = path.startsWith('/api/')
      ? 'api'
      : r.initiatorType === 'script' || path.endsWith('.js')
        ? 'script'
        : 'other';
    rows.push({
      path,
      kind,
      startMs: r.startMs,
      endMs: r.endMs,
      transferBytes: r.transferBytes,
      depth: depths.get(r.url) ?? -1,
    });
  }
  rows.sort((a, b) => a.startMs - b.startMs);
  return {
    rows,
    firstPaintMs: raw.firstPaintMs,
    firstContentfulPaintMs: raw.firstContentfulPaintMs,
    lcpMs: raw.lcpMs,
    lcpElement: raw.lcpElement,
    scriptDepth: Math.max(0, ...rows.filter((r) => r.kind === 'script').map((r) => r.depth)),
  };
}

/** Plain-text rendering, one request a line, for reading where the time went. */
export function formatTimeline(t: PageTimeline): string {
  const ms = (n: number) => `${Math.round(n)}`.padStart(6);
  const lines = [
    `first paint ${Math.round(t.firstPaintMs)} ms, FCP ${Math.round(t.firstContentfulPaintMs)} ms, ` +
      `LCP ${Math.round(t.lcpMs)} ms: ${t.lcpElement}; deepest script at depth ${t.scriptDepth}`,
    '  start    end  depth    KB  request',
  ];
  for (const r of t.rows)
    lines.push(
      `${ms(r.startMs)} ${ms(r.endMs)}  ${String(r.depth).padStart(5)} ${(r.transferBytes / 1024).toFixed(1).padStart(5)}  ` +
        `${r.kind === 'script' ? '' : `[${r.kind}] `}${r.path}`,
    );
  return lines.join('\n');
}
