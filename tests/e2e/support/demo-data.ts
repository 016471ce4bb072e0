import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';

/** `xinfang seed` writing the demo district to disk: seconds on an idle machine, over a minute on a busy one. */
export const DEMO_SEED_TIMEOUT_MS = 240_000;

/**
 * A private copy of the demo district that the run's global setup seeded (`tests/global-setup.ts`), for one
 * file's server: what its tests write stays in that file. `remove` deletes it once the server has stopped.
 */
export function copyDemoData(): { dataDir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'xinfang-e2e-store-'));
  const dataDir = join(dir, 'store');
  cpSync(inject('demoDataDir'), dataDir, { recursive: true });
  return { dataDir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
