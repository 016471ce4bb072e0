import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { repoRoot } from './e2e/support/repo-root';
import { DEMO_SEED_TIMEOUT_MS } from './e2e/support/demo-data';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The demo district written once per run by `xinfang seed --data-dir`; each file's server starts on a copy. */
    demoDataDir: string;
  }
}

/**
 * Seeds the demo district once per run, before any file starts. `xinfang start` on an empty store seeds it again
 * for every file (16–22 s each on a busy 2-core machine, and the e2e files run one at a time); started on a copy
 * of this folder it is up in about 3 s. The data is the same: `xinfang seed` and `xinfang start` write it with
 * the same function, the same seed and today's date.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const root = repoRoot();
  const dir = mkdtempSync(join(tmpdir(), 'xinfang-e2e-demo-'));
  const dataDir = join(dir, 'store');
  await promisify(execFile)(
    process.execPath,
    [join(root, 'packages/cli/bin/xinfang.mjs'), 'seed', '--data-dir', dataDir],
    { cwd: root, timeout: DEMO_SEED_TIMEOUT_MS, env: { ...process.env, NO_COLOR: '1' } },
  );
  project.provide('demoDataDir', dataDir);
  return () => rmSync(dir, { recursive: true, force: true });
}
