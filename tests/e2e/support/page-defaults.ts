import type { BrowserContext, BrowserContextOptions } from 'playwright-core';

// Playwright's own defaults (30 s) are sized for an idle machine. On a busy 2-core CI machine a first page load,
// or a click that waits for a lazy chunk, can take several times that. They bound hangs; nothing is timed.
/** One action or wait on a page (click, fill, waitFor, …) unless the call names its own. */
export const ACTION_TIMEOUT_MS = 60_000;
/** One navigation (goto, reload, waitForURL). */
export const NAVIGATION_TIMEOUT_MS = 90_000;

/** The app is Chinese first: every tab opens in zh-CN unless a test says otherwise. */
export const PAGE_DEFAULTS: BrowserContextOptions = { locale: 'zh-CN' };

/**
 * `E2E_API_DELAY_MS=1500` holds every API request the pages make for that long, as a busy CI machine might: a run
 * with it shakes out tests that act on a page before its data has come (they pass only when the API is quick).
 * Unset, nothing is held. The tests' own calls (`session.call`, `getJson`) go from Node and are never held.
 */
const API_DELAY_MS = Number(process.env.E2E_API_DELAY_MS ?? 0);

/**
 * Gives a context the generous timeouts, and records into `errors` every console error and uncaught exception
 * of its pages (a test that reads `errors` asserts that the pages it opened logged none).
 */
export async function prepareContext(context: BrowserContext, errors: string[]): Promise<BrowserContext> {
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
  context.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
  context.on('weberror', (error) => void errors.push(error.error().message));
  if (API_DELAY_MS > 0) {
    await context.route('**/api/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, API_DELAY_MS));
      await route.fallback();
    });
  }
  return context;
}
