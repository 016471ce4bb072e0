#!/usr/bin/env node
// The two commands of the README, on a machine that has only Node and npm:
//   npm start  -> install, build the web app, start the whole product with demo data
//   npm test   -> install, lint, type-check, build, run every test (browser tests included)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PNPM_VERSION = '12.4.2';
const [, , command = 'test', ...rest] = process.argv;

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) {
    console.error(`\n✗ ${cmd} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
    process.exit(result.status ?? 1);
  }
}

function pnpmCommand() {
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  if (probe.status === 0 && probe.stdout.trim() === PNPM_VERSION) return ['pnpm', []];
  return ['npx', ['--yes', `pnpm@${PNPM_VERSION}`]];
}

const [pnpmBin, pnpmPrefix] = pnpmCommand();
const pnpm = (...args) => run(pnpmBin, [...pnpmPrefix, ...args]);

function ensureChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  if (candidates.some((p) => existsSync(p))) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Installing Debian Chromium for the browser tests…');
    run('apt-get', ['update']);
    run('apt-get', ['install', '-y', 'chromium'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    return;
  }
  console.error('The browser tests need Chromium: run `apt-get install -y chromium` or set CHROMIUM_PATH.');
  process.exit(1);
}

pnpm('install', '--frozen-lockfile');

if (command === 'start') {
  pnpm('--filter', '@xinfang/web', 'build');
  run(process.execPath, ['packages/cli/bin/xinfang.mjs', 'start', ...rest]);
} else if (command === 'test') {
  ensureChromium();
  pnpm('run', 'lint');
  pnpm('run', 'format:check');
  pnpm('run', 'typecheck');
  pnpm('--filter', '@xinfang/web', 'build');
  pnpm('exec', 'vitest', 'run', ...rest);
} else {
  console.error(`unknown command ${command}: use start or test`);
  process.exit(2);
}
