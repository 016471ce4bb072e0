import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// infra may reach functions by path only (architecture.md): never by import, so the CDK app
// never loads Lambda code and the Lambda bundle never sees CDK.
const infraDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const repoRoot = resolve(infraDir, '..');

export const functionEntries = {
  api: resolve(repoRoot, 'functions/api/src/index.ts'),
  stream: resolve(repoRoot, 'functions/stream/src/index.ts'),
  jobs: resolve(repoRoot, 'functions/jobs/src/index.ts'),
} as const;

/**
 * The one build of every Lambda function (esbuild with code splitting, source maps, the Lambda stand-ins): run by
 * path at synth, never imported, like the entries above.
 */
export const functionBuildScript = resolve(repoRoot, 'functions/api/build.mjs');
