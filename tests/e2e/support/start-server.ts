import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { copyDemoData } from './demo-data';
import { freePort } from './free-port';
import { repoRoot } from './repo-root';
import { ensureWebBuilt } from './web-build';

export interface RunningServer {
  /** e.g. http://127.0.0.1:41234 (no trailing slash) */
  url: string;
  /** Everything the server printed so far, for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
}

// `xinfang start` on a copy of the seeded demo district: seconds, though a busy machine can stretch them a lot.
export const SERVER_START_TIMEOUT_MS = 240_000;

/**
 * Runs the real `xinfang start` on a free port, as a user would, on a copy of the demo district that the run
 * seeded once (`--data-dir`: it keeps what is there), and resolves once it prints its URL. The child leads its own
 * process group so that stop() also ends anything it spawned; stop() then deletes the copy.
 */
export async function startServer(extraArgs: readonly string[] = []): Promise<RunningServer> {
  const root = repoRoot();
  ensureWebBuilt(root);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const demo = copyDemoData();
  const child = spawn(
    process.execPath,
    [
      join(root, 'packages/cli/bin/xinfang.mjs'),
      'start',
      '--port',
      String(port),
      '--data-dir',
      demo.dataDir,
      ...extraArgs,
    ],
    {
      cwd: root,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    },
  );

  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
      killGroup(child.pid, 'SIGTERM');
      const timer = setTimeout(() => child.pid !== undefined && killGroup(child.pid, 'SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    demo.remove();
  };

  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(new Error(`xinfang start did not print ${url} within ${SERVER_START_TIMEOUT_MS / 1000}s:\n${output}`)),
        SERVER_START_TIMEOUT_MS,
      );
      const onData = () => {
        if (output.includes(url)) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout.on('data', onData);
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`xinfang start exited (${code ?? signal}) before printing its URL:\n${output}`));
      });
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
    });
  } catch (error) {
    await stop();
    throw error;
  }

  return { url, output: () => output, stop };
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone: nothing to stop.
  }
}
