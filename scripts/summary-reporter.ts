import type { Reporter, SerializedError, TestModule, TestRunEndReason } from 'vitest/node';

/**
 * Ends a run with one plain line, `tests: N passed, N failed` (and skipped if any), that CI and people can
 * read without parsing Vitest's coloured summary. The default reporter still prints everything else.
 *
 * A file that fails outside its tests (on import, or in a beforeAll/afterAll hook) leaves its tests
 * "skipped" or absent: it counts as one failure of its own, as does each unhandled error, so the line
 * never reads `0 failed` for a run that failed. Any failure also makes the process exit non-zero.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
    reason: TestRunEndReason,
  ): void {
    const { passed, failed, skipped } = countResults(testModules, unhandledErrors.length);
    const tail = skipped ? `, ${skipped} skipped` : '';
    process.stdout.write(`\ntests: ${passed} passed, ${failed} failed${tail}\n`);
    if (failed > 0 || reason === 'failed') process.exitCode = 1;
  }
}

export interface RunCounts {
  passed: number;
  failed: number;
  skipped: number;
}

/** Tests by state, plus one failure for every file that failed beside its tests and every unhandled error. */
export function countResults(testModules: ReadonlyArray<TestModule>, unhandledErrors = 0): RunCounts {
  const counts: RunCounts = { passed: 0, failed: unhandledErrors, skipped: 0 };
  for (const module of testModules) {
    let failedTests = 0;
    for (const test of module.children.allTests()) {
      const state = test.result().state;
      if (state === 'passed') counts.passed += 1;
      else if (state === 'failed') failedTests += 1;
      else counts.skipped += 1;
    }
    counts.failed += failedTests;
    const fileFailed = module.state() === 'failed' || module.errors().length > 0 || suiteFailed(module);
    if (fileFailed && failedTests === 0) counts.failed += 1;
  }
  return counts;
}

/** A beforeAll that throws marks its suite failed while the suite's tests are only skipped. */
function suiteFailed(module: TestModule): boolean {
  for (const suite of module.children.allSuites()) {
    if (suite.state() === 'failed' && suite.errors().length > 0) return true;
  }
  return false;
}
