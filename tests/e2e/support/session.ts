import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { callApi } from './api-call';
import { BROWSER_LAUNCH_TIMEOUT_MS, launchBrowser } from './browser';
import { PAGE_DEFAULTS, prepareContext } from './page-defaults';
import { SHOTS } from './screenshots';
import { signInAs, tokenOf } from './sign-in';
import { SERVER_START_TIMEOUT_MS, startServer, type RunningServer } from './start-server';
import { WEB_BUILD_TIMEOUT_MS } from './web-build';

// The hooks' own bounds, sized for a busy 2-core CI machine: the web build (only when nothing is built yet),
// then the server (it seeds the demo district) beside Chromium, with room to spare; closing both.
const SETUP_TIMEOUT_MS = WEB_BUILD_TIMEOUT_MS + Math.max(SERVER_START_TIMEOUT_MS, BROWSER_LAUNCH_TIMEOUT_MS) + 60_000;
const TEARDOWN_TIMEOUT_MS = 60_000;

/** A browser for the file's tests, and the tabs and contexts they open in it. */
export interface BrowserSession {
  readonly browser: Browser;
  /** Every console error and uncaught exception of the pages opened through the session, in order. */
  readonly consoleErrors: string[];
  /** A fresh tab in a context of its own (so its own sessionStorage: its own sign-in), zh-CN unless told. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  /** A context whose tabs share `options` (a phone, say), with the session's timeouts and error capture. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
}

/** The local server (embedded store, demo district) and a browser, for the tests of one file. */
export interface E2eSession extends BrowserSession {
  /** The server's address, e.g. http://127.0.0.1:41234 (no trailing slash). */
  readonly url: string;
  /** A fresh tab signed in as the demo user `userId` through the sign-in page, left on the home page. */
  signIn(userId: string, options?: BrowserContextOptions): Promise<Page>;
  /** The bearer token of the user signed in on `page`. */
  tokenOf(page: Page): Promise<string>;
  /** Calls the API as the user signed in on `page`; a body is sent as JSON. */
  call(page: Page, method: string, path: string, body?: unknown): Promise<Response>;
  /** GETs `path` as the user signed in on `page`; anything but 200 fails the test. */
  getJson<T>(page: Page, path: string): Promise<T>;
}

/**
 * Registers the file's beforeAll/afterAll: starts `xinfang start` (embedded store, demo data) and headless
 * Chromium, and closes both after the file. Call it once, at the top of the file's `describe`.
 */
export function useE2eSession(): E2eSession {
  let server: RunningServer | undefined;
  const base = useBrowserHooks({
    async start() {
      mkdirSync(SHOTS, { recursive: true });
      server = await startServer();
    },
    async stop() {
      await server?.stop();
    },
  });
  const running = (): RunningServer => {
    if (!server) throw new Error('the e2e server is not running (its beforeAll failed or has not run)');
    return server;
  };
  const session: E2eSession = {
    get browser() {
      return base.browser;
    },
    consoleErrors: base.consoleErrors,
    newPage: base.newPage,
    newContext: base.newContext,
    get url() {
      return running().url;
    },
    async signIn(userId, options) {
      const page = await base.newPage(options);
      await signInAs(page, running().url, userId);
      return page;
    },
    tokenOf,
    async call(page, method, path, body) {
      return callApi(running().url, await tokenOf(page), method, path, body);
    },
    async getJson<T>(page: Page, path: string): Promise<T> {
      const res = await session.call(page, 'GET', path);
      expect(res.status, path).toBe(200);
      return (await res.json()) as T;
    },
  };
  return session;
}

/** Registers the file's beforeAll/afterAll for headless Chromium alone (a test that needs no server). */
export function useBrowser(): BrowserSession {
  return useBrowserHooks();
}

interface Companion {
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Launches Chromium beside `companion` (the server). Both settle before the hook ends, so that afterAll closes
 * whatever did start even when the other failed.
 */
function useBrowserHooks(companion?: Companion): BrowserSession {
  let browser: Browser | undefined;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    const [launched, started] = await Promise.allSettled([launchBrowser(), companion?.start()]);
    if (launched.status === 'fulfilled') browser = launched.value;
    for (const outcome of [launched, started]) if (outcome.status === 'rejected') throw asError(outcome.reason);
  }, SETUP_TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
    await companion?.stop();
  }, TEARDOWN_TIMEOUT_MS);

  const running = (): Browser => {
    if (!browser) throw new Error('Chromium is not running (its beforeAll failed or has not run)');
    return browser;
  };
  return {
    get browser() {
      return running();
    },
    consoleErrors,
    async newPage(options) {
      const page = await running().newPage({ ...PAGE_DEFAULTS, ...options });
      await prepareContext(page.context(), consoleErrors);
      return page;
    },
    async newContext(options) {
      return prepareContext(await running().newContext({ ...PAGE_DEFAULTS, ...options }), consoleErrors);
    },
  };
}

function asError(reason: unknown): Error {
  return reason instanceof Error ? reason : new Error(String(reason));
}
