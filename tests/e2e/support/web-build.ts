import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `xinfang start` serves web/dist. `npm test` builds it before Vitest runs;
 * when the e2e suite is run on its own and nothing is built yet, build once
 * here rather than fail on a blank page.
 */
export function ensureWebBuilt(root: string): void {
  if (existsSync(join(root, 'web', 'dist', 'index.html'))) return;
  const result = spawnSync('pnpm', ['--filter', '@xinfang/web', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`building the web app failed (exit ${result.status ?? result.signal})`);
}
