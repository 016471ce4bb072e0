import { describe, expect, it } from 'vitest';
import type { PenaltyRow } from '../api/types';
import { addRowAfter, canMergeWithNext, freshRowId, mergeWithNext, splitRow } from './row-edits';

const national = [{ levels: ['national' as const], forms: ['individual' as const, 'collective' as const] }];
const row = (id: string, min: number, max?: number, office = 50000): PenaltyRow => ({
  id,
  label: id,
  match: national,
  repeats: max === undefined ? { min } : { min, max },
  amounts: { officeHeadFen: office, villageHeadFen: office * 2 },
  sanctions: [],
  chargesLeadingCadres: true,
  lateSanctions: [],
});

describe('row edits of the matrix editor', () => {
  it('gives new rows ids that are not taken', () => {
    expect(freshRowId([row('5a', 0, 1), row('5a-2', 2)], '5a')).toBe('5a-3');
  });

  it('splits a range after its first value, the second part under a new id', () => {
    const rows = splitRow([row('5a', 0, 1), row('5b', 2)], 1);
    expect(rows.map((r) => [r.id, r.repeats])).toEqual([
      ['5a', { min: 0, max: 1 }],
      ['5b', { min: 2, max: 2 }],
      ['5b-2', { min: 3 }],
    ]);
    expect(rows[2]?.amounts).toEqual(rows[1]?.amounts);
  });

  it('merges adjacent rows of the same kind back into one, keeping the first one’s amounts', () => {
    const split = splitRow([row('5a', 0, 1), row('5b', 2, undefined, 100000)], 1);
    expect(canMergeWithNext(split, 0)).toBe(true);
    const merged = mergeWithNext(split, 1);
    expect(merged.map((r) => [r.id, r.repeats, r.amounts?.officeHeadFen])).toEqual([
      ['5a', { min: 0, max: 1 }, 50000],
      ['5b', { min: 2 }, 100000],
    ]);
  });

  it('does not merge rows of other kinds or with a hole between them', () => {
    const other = { ...row('4a', 2), match: [{ levels: ['province' as const], forms: ['individual' as const] }] };
    expect(canMergeWithNext([row('5a', 0, 1), other], 0)).toBe(false);
    expect(canMergeWithNext([row('5a', 0, 0), row('5b', 2)], 0)).toBe(false);
  });

  it('adds a copy below a row for the repeats above its range', () => {
    const rows = addRowAfter([row('5a', 0, 1), row('5b', 2)], 0);
    expect(rows.map((r) => [r.id, r.repeats])).toEqual([
      ['5a', { min: 0, max: 1 }],
      ['5a-2', { min: 2 }],
      ['5b', { min: 2 }],
    ]);
  });
});
