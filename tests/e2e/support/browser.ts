import { chromium, type Browser } from 'playwright-core';

/** Chromium starts in a second or two when idle; on a busy 2-core machine it can take many times that. */
export const BROWSER_LAUNCH_TIMEOUT_MS = 120_000;

/**
 * Headless Debian Chromium (not a Playwright-downloaded build: no network).
 * launch() gives every run a fresh temporary profile.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    timeout: BROWSER_LAUNCH_TIMEOUT_MS,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}
