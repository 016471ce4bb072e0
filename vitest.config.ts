import { defineConfig } from 'vitest/config';

// Hook timeouts are sized for a loaded 2-core machine (CI runs beside other work): a beforeAll that starts
// the embedded store and seeds a township, or seeds the whole demo district, can take many times its idle
// time there. They bound hangs; they are not performance assertions.
const STORE_SETUP = 60_000; // embedded store + a seeded township or two
const HEAVY_SETUP = 300_000; // the demo district (~110 s under stress-ng on 2 cores), a CDK synth, a server, Chromium

// One run for the whole monorepo: each workspace folder is a Vitest project.
export default defineConfig({
  test: {
    reporters: ['default', './scripts/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'domain',
          root: 'packages/domain',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'store',
          root: 'packages/store',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: STORE_SETUP,
        },
      },
      {
        test: {
          name: 'api',
          root: 'packages/api',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: STORE_SETUP,
        },
      },
      {
        test: {
          name: 'cli',
          root: 'packages/cli',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: HEAVY_SETUP,
        },
      },
      {
        test: {
          name: 'function-api',
          root: 'functions/api',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          // The Lambda bundle is built once per run, before the files start (see the file).
          globalSetup: ['test/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: STORE_SETUP,
        },
      },
      {
        test: {
          name: 'function-jobs',
          root: 'functions/jobs',
          include: ['test/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: STORE_SETUP,
        },
      },
      {
        test: {
          name: 'function-stream',
          root: 'functions/stream',
          include: ['test/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: STORE_SETUP,
        },
      },
      {
        test: {
          name: 'web',
          root: 'web',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'build/**/*.test.ts'],
          environment: 'happy-dom',
          testTimeout: 30_000,
          hookTimeout: STORE_SETUP,
        },
      },
      {
        test: {
          name: 'infra',
          root: 'infra',
          include: ['test/**/*.test.ts'],
          testTimeout: HEAVY_SETUP,
          hookTimeout: HEAVY_SETUP,
        },
      },
      {
        test: {
          name: 'e2e',
          root: 'tests',
          // The demo district is seeded once per run; each file's server starts on a copy (see the file).
          globalSetup: ['global-setup.ts'],
          include: ['**/*.test.ts'],
          // tooling/fixtures holds files that a test runs in a Vitest of their own (some fail on purpose).
          exclude: ['**/node_modules/**', 'bench/**', 'tooling/fixtures/**'],
          testTimeout: 240_000,
          hookTimeout: HEAVY_SETUP,
          fileParallelism: false,
        },
      },
    ],
  },
});
