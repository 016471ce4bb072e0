import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// infra may reach functions by path only (architecture.md): never by import, so the CDK app
// never loads Lambda code and the Lambda bundle never sees CDK.
const infraDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const repoRoot = resolve(infraDir, '..');
export const lockFile = resolve(repoRoot, 'pnpm-lock.yaml');

export const functionEntries = {
  api: resolve(repoRoot, 'functions/api/src/index.ts'),
  stream: resolve(repoRoot, 'functions/stream/src/index.ts'),
  jobs: resolve(repoRoot, 'functions/jobs/src/index.ts'),
} as const;

/** Replaces `dynalite` in every Lambda bundle: the embedded store is for laptops and tests. */
export const embeddedStoreStub = resolve(repoRoot, 'functions/api/src/no-embedded-store.ts');
