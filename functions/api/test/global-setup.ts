import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { execFile } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Lambda bundle built once per run, outside the repository (see build.test.ts). */
    apiBundle: string;
  }
}

/**
 * Builds the Lambda bundle once per run, before any test file starts: esbuild takes seconds on a busy
 * machine, which is the global setup's time, not a beforeAll's hook timeout.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const outDir = mkdtempSync(join(tmpdir(), 'xinfang-function-api-'));
  const outfile = join(outDir, 'index.mjs');
  const functionDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  await promisify(execFile)(process.execPath, ['build.mjs', '--outfile', outfile], { cwd: functionDir });
  project.provide('apiBundle', outfile);
  return () => rmSync(outDir, { recursive: true, force: true });
}
