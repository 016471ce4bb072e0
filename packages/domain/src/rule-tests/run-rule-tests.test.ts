import { describe, expect, it } from 'vitest';
import { defaultRuleSet } from '../rules';
import { defaultRuleTests } from './default-rule-tests';
import { RuleTestSuite } from './rule-test-case';
import { runRuleTest, runRuleTests } from './run-rule-tests';

describe('rule test cases', () => {
  it('the default pack passes every test case read off the seed', () => {
    const suite = RuleTestSuite.parse(defaultRuleTests());
    const results = runRuleTests(defaultRuleSet(), suite);
    expect(results.filter((r) => !r.passed)).toEqual([]);
    expect(results).toHaveLength(suite.length);
  });

  it('a lowered amount fails the case that expects it, saying what was expected and what came out', () => {
    const rs = defaultRuleSet();
    const lowered = {
      ...rs,
      penaltyRows: rs.penaltyRows.map((r) =>
        r.id === '5b' ? { ...r, amounts: { officeHeadFen: 100000, villageHeadFen: 150000 } } : r,
      ),
    };
    const tc = defaultRuleTests().find((c) => c.id === 'seed-5b');
    if (!tc) throw new Error('seed-5b missing');
    const result = runRuleTest(lowered, tc);
    expect(result.passed).toBe(false);
    expect(result.failures).toEqual(['村主要责任人应为2000元，实际1500元']);
    expect(result.actual).toMatchObject({ villageHeadFen: 150000, officeHeadFen: 100000, leadingCadreFen: 100000 });
  });

  it('checks the sanctions as a whole set, and "not fined" as null', () => {
    const tc = {
      id: 'x',
      name: 'x',
      unit: 'village' as const,
      level: 'township' as const,
      form: 'individual' as const,
      repeats: 1,
      notified: true,
    };
    expect(runRuleTest(defaultRuleSet(), { ...tc, expect: { sanctions: ['criticism_notice'] } }).failures).toEqual([
      '追责应为通报批评，实际无',
    ]);
    expect(runRuleTest(defaultRuleSet(), { ...tc, expect: { villageHeadFen: null } }).failures).toEqual([
      '村主要责任人应为不罚款，实际200元',
    ]);
  });

  it('refuses a suite with a repeated id or a case expecting nothing', () => {
    const [a] = defaultRuleTests();
    expect(RuleTestSuite.safeParse([a, a]).success).toBe(false);
    expect(RuleTestSuite.safeParse([{ ...a, expect: {} }]).success).toBe(false);
  });
});
