import {
  defaultRuleTests,
  RuleSet,
  runRuleTests,
  validateRuleSet,
  type RuleIssue,
  type RuleTestResult,
  type RuleTestSuite,
} from '@xinfang/domain';
import { RuleTestsRepository } from '@xinfang/store';
import type { Context } from 'hono';
import type { AppEnv } from '../../app-env';
import { repo } from '../../http/repo';
import { tenantOf } from './rule-access';

/** The township's saved test cases, or the default pack's when it never saved any (version 0). */
export async function testSuiteOf(
  c: Context<AppEnv>,
): Promise<{ version: number; cases: RuleTestSuite; isDefault: boolean }> {
  const saved = await repo(c, RuleTestsRepository).get(tenantOf(c));
  return saved
    ? { version: saved.version, cases: saved.cases, isDefault: false }
    : { version: 0, cases: defaultRuleTests(), isDefault: true };
}

export type CheckIssue = Omit<RuleIssue, 'code'> & { code: RuleIssue['code'] | 'test_failed' };

/**
 * Everything that keeps a rule table from being published: the table's own issues (schema, overlap, gap,
 * unreachable …) and every saved test case it fails, as an issue at `tests[i]`. Tests run once the schema holds.
 */
export async function checkRuleSet(
  c: Context<AppEnv>,
  input: unknown,
): Promise<{ issues: CheckIssue[]; tests: RuleTestResult[] }> {
  const issues: CheckIssue[] = validateRuleSet(input);
  const parsed = RuleSet.safeParse(input);
  if (!parsed.success) return { issues, tests: [] };
  const tests = runRuleTests(parsed.data, (await testSuiteOf(c)).cases);
  tests.forEach((t, i) => {
    if (!t.passed)
      issues.push({
        path: ['tests', i],
        code: 'test_failed',
        message: `规则测试用例“${t.name}”未通过：${t.failures.join('；')}`,
      });
  });
  return { issues, tests };
}
