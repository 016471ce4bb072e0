import { describe, expect, it } from 'vitest';
import { defaultRuleSet } from './default-pack';
import { versionInForce, validateRuleSetHistory } from './history';
import { matchingRows } from './coverage';
import type { RuleSet } from './rule-set';
import { validateRuleSet } from './validate-rule-set';

function withRows(edit: (rows: RuleSet['penaltyRows']) => RuleSet['penaltyRows']): RuleSet {
  const rs = defaultRuleSet();
  return { ...rs, penaltyRows: edit(rs.penaltyRows.map((r) => ({ ...r }))) };
}

describe('the default pack', () => {
  it('has no issues: every kind of visit falls under exactly one row', () => {
    expect(validateRuleSet(defaultRuleSet())).toEqual([]);
  });

  it('places visits in the rows of domain.md', () => {
    const rows = defaultRuleSet().penaltyRows;
    const row = (
      level: Parameters<typeof matchingRows>[1],
      form: Parameters<typeof matchingRows>[2],
      repeats: number,
    ) => matchingRows(rows, level, form, repeats).map((r) => r.id);
    expect(row('district', 'individual', 0)).toEqual(['1a']);
    expect(row('township', 'individual', 2)).toEqual(['1b']);
    expect(row('district', 'individual', 7)).toEqual(['1c']);
    expect(row('township', 'collective', 0)).toEqual(['2a']);
    expect(row('township', 'collective', 1)).toEqual(['2b']);
    expect(row('district', 'collective', 0)).toEqual(['2b']);
    expect(row('city', 'individual', 3)).toEqual(['2c']);
    expect(row('township', 'collective', 4)).toEqual(['2d']);
    expect(row('city', 'collective', 1)).toEqual(['3a']);
    expect(row('province', 'individual', 2)).toEqual(['4b']);
    expect(row('national', 'collective', 0)).toEqual(['5a']);
    expect(row('national', 'individual', 9)).toEqual(['5b']);
  });

  it('labels every row in Chinese', () => {
    for (const row of defaultRuleSet().penaltyRows) expect(row.label).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('validateRuleSet', () => {
  it('names both rows of an overlap and where they meet', () => {
    const rs = withRows((rows) => rows.map((r) => (r.id === '1b' ? { ...r, repeats: { min: 1, max: 3 } } : r)));
    const issues = validateRuleSet(rs);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'overlap', rowId: '1c', otherRowId: '1b' });
    expect(issues[0]?.message).toContain('个人访·到镇·重复3次');
    expect(issues[0]?.message).toContain('规则1b与规则1c');
  });

  it('names the kind of visit no row covers', () => {
    const rs = withRows((rows) => rows.filter((r) => r.id !== '2a'));
    const issues = validateRuleSet(rs);
    expect(issues.map((i) => [i.code, i.message])).toEqual([['gap', '没有规则覆盖：集体访·到镇·重复0次']]);
  });

  it('reports an open-ended gap as "及以上"', () => {
    const rs = withRows((rows) => rows.filter((r) => r.id !== '5b'));
    const messages = validateRuleSet(rs).map((i) => i.message);
    expect(messages).toContain('没有规则覆盖：个人访·进京·重复2次及以上');
    expect(messages).toContain('没有规则覆盖：集体访·进京·重复2次及以上');
  });

  it('flags rows that can never apply', () => {
    const empty = withRows((rows) => [
      ...rows,
      { ...rows[0]!, id: 'x', match: [{ levels: [], forms: ['individual'] }] },
    ]);
    expect(validateRuleSet(empty)).toContainEqual(expect.objectContaining({ code: 'unreachable', rowId: 'x' }));
    const inverted = withRows((rows) => [...rows, { ...rows[0]!, id: 'y', repeats: { min: 3, max: 1 } }]);
    expect(validateRuleSet(inverted)).toContainEqual(expect.objectContaining({ code: 'unreachable', rowId: 'y' }));
    const shadowed = withRows((rows) => [...rows, { ...rows[1]!, id: '1b-copy' }]);
    const codes = validateRuleSet(shadowed)
      .filter((i) => i.rowId === '1b-copy')
      .map((i) => i.code);
    expect(codes).toEqual(['overlap', 'unreachable']);
  });

  it('reports schema problems with the field path', () => {
    const rs = defaultRuleSet();
    const bad = {
      ...rs,
      penaltyRows: [{ ...rs.penaltyRows[1], amounts: { officeHeadFen: 100.5, villageHeadFen: 200 } }],
    };
    const issues = validateRuleSet(bad);
    expect(issues[0]).toMatchObject({ code: 'schema', path: ['penaltyRows', 0, 'amounts', 'officeHeadFen'] });
  });
});

describe('rule set history', () => {
  const v1 = defaultRuleSet({ id: 'v1', effectiveFrom: '2026-01-01' });
  const v2 = defaultRuleSet({ id: 'v2', effectiveFrom: '2026-07-01' });

  it('answers the version in force on a date, whatever the order of versions', () => {
    expect(versionInForce([v2, v1], '2025-12-31')).toBeUndefined();
    expect(versionInForce([v2, v1], '2026-06-30')?.id).toBe('v1');
    expect(versionInForce([v2, v1], '2026-07-01')?.id).toBe('v2');
  });

  it('rejects two versions effective from the same day', () => {
    const issues = validateRuleSetHistory([v1, { ...v2, effectiveFrom: '2026-01-01' }]);
    expect(issues).toEqual([expect.objectContaining({ code: 'duplicate_effective_from', path: [1, 'effectiveFrom'] })]);
  });
});
