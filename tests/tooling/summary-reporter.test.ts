import { execFile } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');

/** Runs Vitest on some fixture files with only the summary reporter; resolves with its exit code and output. */
function runFixtures(files: string[]): Promise<{ code: number; lastLine: string }> {
  const args = [join(repo, 'node_modules/vitest/vitest.mjs'), 'run', '--root', join(here, 'fixtures')];
  args.push('--reporter', join(repo, 'scripts/summary-reporter.ts'), ...files);
  return new Promise((done) => {
    execFile(process.execPath, args, { cwd: repo, env: { ...process.env, NO_COLOR: '1' } }, (error, stdout) => {
      const lines = stdout.trim().split('\n');
      done({ code: typeof error?.code === 'number' ? error.code : 0, lastLine: lines.at(-1) ?? '' });
    });
  });
}

describe('the closing line of a test run', () => {
  it('counts a file that fails in beforeAll or on import as failed, and the run exits non-zero', async () => {
    const { code, lastLine } = await runFixtures(['hook-fails', 'import-fails', 'passes']);
    expect(lastLine).toBe('tests: 1 passed, 2 failed, 3 skipped');
    expect(code).not.toBe(0);
  });

  it('reads 0 failed and exits 0 when every file passes', async () => {
    const { code, lastLine } = await runFixtures(['passes']);
    expect(lastLine).toBe('tests: 1 passed, 0 failed, 1 skipped');
    expect(code).toBe(0);
  });
});
