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
 * Gives a context the generous timeouts, and records into `errors` every console error and uncaught exception
 * of its pages (a test that reads `errors` asserts that the pages it opened logged none).
 */
export function prepareContext(context: BrowserContext, errors: string[]): BrowserContext {
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
  context.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
  context.on('weberror', (error) => void errors.push(error.error().message));
  return context;
}
