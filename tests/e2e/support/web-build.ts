import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** A production build of the web app: well under a minute idle, several on a busy 2-core machine. */
export const WEB_BUILD_TIMEOUT_MS = 300_000;

/**
 * `xinfang start` serves web/dist. `npm test` builds it before Vitest runs;
 * when the e2e suite is run on its own and nothing is built yet, build once
 * here rather than fail on a blank page.
 */
export function ensureWebBuilt(root: string): void {
  if (existsSync(join(root, 'web', 'dist', 'index.html'))) return;
  const result = spawnSync('pnpm', ['--filter', '@xinfang/web', 'build'], {
    cwd: root,
    stdio: 'inherit',
    timeout: WEB_BUILD_TIMEOUT_MS,
  });
  if (result.status !== 0) throw new Error(`building the web app failed (exit ${result.status ?? result.signal})`);
}
