import { describe, expect, it } from 'vitest';
import type { RuleCell, RulesCost } from '../api/types';
import { ruleGridRows, yuanText } from './rule-grid-rows';

const cell = (repeats: number, villageHeadFen: number | null, rowId: string): RuleCell => ({
  level: 'township',
  form: 'individual',
  repeats,
  rowId,
  retrieval: villageHeadFen === null,
  officeHeadFen: villageHeadFen === null ? null : villageHeadFen / 2,
  villageHeadFen,
  leadingCadreFen: null,
  sanctions: [],
});

const township = (id: string, cells: RuleCell[]): RulesCost['townships'][number] => ({
  townshipId: id,
  name: id,
  version: { id: `${id}-v`, name: id, effectiveFrom: '2020-01-01' },
  cells,
  mix: { lines: [], totalFen: 0 },
});

describe('ruleGridRows', () => {
  it('lines the townships up, merges repeats answered alike and marks the fields that differ', () => {
    const a = [cell(0, null, '1a'), cell(1, 20000, '1b'), cell(2, 20000, '1b'), cell(3, 40000, '1c')];
    const b = [cell(0, null, '1a'), cell(1, 30000, '1b'), cell(2, 30000, '1b'), cell(3, 40000, '1c')];
    const rows = ruleGridRows({
      on: '2026-06-01',
      horizon: 3,
      notified: true,
      townships: [township('a', a), township('b', b)],
    });
    expect(rows.map((r) => [r.min, r.max, [...r.differs].sort()])).toEqual([
      [0, 0, []],
      [1, 2, ['officeHeadFen', 'villageHeadFen']],
      [3, null, []],
    ]);
    expect(rows[1]?.cells['b']?.villageHeadFen).toBe(30000);
  });

  it('leaves out a township with no rules in force, and says yuan the Chinese way', () => {
    const none = { ...township('c', []), version: null };
    const rows = ruleGridRows({
      on: '2026-06-01',
      horizon: 1,
      notified: true,
      townships: [none, township('a', [cell(0, 100, '1a')])],
    });
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0]?.cells ?? {})).toEqual(['a']);
    expect([yuanText(20000), yuanText(12345)]).toEqual(['200元', '123.45元']);
  });
});
