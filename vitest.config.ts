import { defineConfig } from 'vitest/config';

// One run for the whole monorepo: each workspace folder is a Vitest project.
export default defineConfig({
  test: {
    reporters: ['default', './scripts/summary-reporter.ts'],
    projects: [
      { test: { name: 'domain', root: 'packages/domain', include: ['src/**/*.test.ts', 'test/**/*.test.ts'] } },
      { test: { name: 'store', root: 'packages/store', include: ['src/**/*.test.ts', 'test/**/*.test.ts'] } },
      { test: { name: 'api', root: 'packages/api', include: ['src/**/*.test.ts', 'test/**/*.test.ts'], testTimeout: 20_000 } },
      { test: { name: 'cli', root: 'packages/cli', include: ['src/**/*.test.ts', 'test/**/*.test.ts'], testTimeout: 60_000 } },
      { test: { name: 'function-api', root: 'functions/api', include: ['src/**/*.test.ts', 'test/**/*.test.ts'], testTimeout: 60_000 } },
      { test: { name: 'function-jobs', root: 'functions/jobs', include: ['test/**/*.test.ts'], testTimeout: 60_000 } },
      { test: { name: 'function-stream', root: 'functions/stream', include: ['test/**/*.test.ts'], testTimeout: 60_000 } },
      { test: { name: 'web', root: 'web', include: ['src/**/*.test.ts', 'src/**/*.test.tsx'] } },
      { test: { name: 'infra', root: 'infra', include: ['test/**/*.test.ts'], testTimeout: 180_000, hookTimeout: 180_000 } },
      {
        test: {
          name: 'e2e',
          root: 'tests',
          include: ['**/*.test.ts'],
          exclude: ['**/node_modules/**', 'bench/**'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
