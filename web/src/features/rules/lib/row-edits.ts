import type { PenaltyRow } from '../api/types';

/**
 * The matrix editor's row operations, pure: each returns a new row list. Validation (overlaps, gaps,
 * unreachable rows) is the API's; these only keep ids unique and ranges well-formed where they can.
 */

/** "1b" → "1b-2", "1b-3", … the first one not taken. */
export function freshRowId(rows: readonly PenaltyRow[], base: string): string {
  const taken = new Set(rows.map((r) => r.id));
  const stem = base.replace(/-\d+$/, '');
  for (let n = 2; ; n += 1) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

/** A copy of row `index` inserted below it, for the repeats above its range (open-ended rows: the same range). */
export function addRowAfter(rows: readonly PenaltyRow[], index: number): PenaltyRow[] {
  const row = rows[index];
  if (!row) return [...rows];
  const min = row.repeats.max === undefined ? row.repeats.min : row.repeats.max + 1;
  const copy: PenaltyRow = { ...row, id: freshRowId(rows, row.id), repeats: { min } };
  return [...rows.slice(0, index + 1), copy, ...rows.slice(index + 1)];
}

/** Can row `index` be split into [min, at−1] and [at, max]? */
export function canSplit(row: PenaltyRow | undefined): boolean {
  return row !== undefined && (row.repeats.max === undefined || row.repeats.max > row.repeats.min);
}

/** Splits row `index` after its first repeats value: [min, min] keeps the id, [min+1, max] gets a new one. */
export function splitRow(rows: readonly PenaltyRow[], index: number): PenaltyRow[] {
  const row = rows[index];
  if (!row || !canSplit(row)) return [...rows];
  const { min, max } = row.repeats;
  const first: PenaltyRow = { ...row, repeats: { min, max: min } };
  const second: PenaltyRow = {
    ...row,
    id: freshRowId(rows, row.id),
    repeats: max === undefined ? { min: min + 1 } : { min: min + 1, max },
  };
  return [...rows.slice(0, index), first, second, ...rows.slice(index + 1)];
}

const sameMatch = (a: PenaltyRow, b: PenaltyRow) => JSON.stringify(a.match) === JSON.stringify(b.match);

/** Row `index` and the next one cover the same kinds of visit with adjacent repeats. */
export function canMergeWithNext(rows: readonly PenaltyRow[], index: number): boolean {
  const a = rows[index];
  const b = rows[index + 1];
  return (
    a !== undefined &&
    b !== undefined &&
    sameMatch(a, b) &&
    a.repeats.max !== undefined &&
    a.repeats.max + 1 === b.repeats.min
  );
}

/** Merges the next row into row `index`: the range of both, row `index`'s amounts and sanctions. */
export function mergeWithNext(rows: readonly PenaltyRow[], index: number): PenaltyRow[] {
  const a = rows[index];
  const b = rows[index + 1];
  if (!a || !b || !canMergeWithNext(rows, index)) return [...rows];
  const merged: PenaltyRow = {
    ...a,
    repeats: b.repeats.max === undefined ? { min: a.repeats.min } : { min: a.repeats.min, max: b.repeats.max },
  };
  return [...rows.slice(0, index), merged, ...rows.slice(index + 2)];
}

export function removeRow(rows: readonly PenaltyRow[], index: number): PenaltyRow[] {
  return rows.filter((_, i) => i !== index);
}

export function replaceRow(rows: readonly PenaltyRow[], index: number, row: PenaltyRow): PenaltyRow[] {
  return rows.map((r, i) => (i === index ? row : r));
}
