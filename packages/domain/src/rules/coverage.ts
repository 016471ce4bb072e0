import { VisitForm, type VisitLevel } from '../model';
import { levelOrder, visitKindLabel } from './labels';
import { type PenaltyRow, clauseRange, rowMatches } from './penalty-row';

/** One (level, form) kind and a run of repeats, for messages: "集体访·到镇·重复0次". */
export interface CellRun {
  level: VisitLevel;
  form: VisitForm;
  min: number;
  /** Absent: "and above". */
  max?: number;
}

/** Above the highest finite bound of any row every row's answer is constant, so one extra value stands for all. */
export function repeatsHorizon(rows: readonly PenaltyRow[]): number {
  let top = 0;
  for (const row of rows) {
    for (const c of row.match) {
      const r = clauseRange(row, c);
      top = Math.max(top, r.min, r.max ?? 0);
    }
    top = Math.max(top, row.repeats.min, row.repeats.max ?? 0);
  }
  return top + 1;
}

/** Calls `visit` for every (level, form, repeats) cell up to the horizon, horizon standing for "≥ horizon". */
export function forEachCell(
  rows: readonly PenaltyRow[],
  visit: (level: VisitLevel, form: VisitForm, repeats: number) => void,
): void {
  const horizon = repeatsHorizon(rows);
  for (const form of VisitForm.options) {
    for (const level of levelOrder) {
      for (let repeats = 0; repeats <= horizon; repeats += 1) visit(level, form, repeats);
    }
  }
}

export function matchingRows(
  rows: readonly PenaltyRow[],
  level: VisitLevel,
  form: VisitForm,
  repeats: number,
): PenaltyRow[] {
  return rows.filter((row) => rowMatches(row, level, form, repeats));
}

/** Groups cells into runs of consecutive repeats per kind; a run reaching the horizon is open-ended. */
export function toRuns(
  cells: readonly { level: VisitLevel; form: VisitForm; repeats: number }[],
  horizon: number,
): CellRun[] {
  const runs: CellRun[] = [];
  for (const cell of cells) {
    const last = runs.at(-1);
    if (last && last.level === cell.level && last.form === cell.form && last.max === cell.repeats - 1) {
      last.max = cell.repeats;
    } else {
      runs.push({ level: cell.level, form: cell.form, min: cell.repeats, max: cell.repeats });
    }
  }
  return runs.map((r) => (r.max === horizon ? { level: r.level, form: r.form, min: r.min } : r));
}

export function runLabel(run: CellRun): string {
  const kind = visitKindLabel(run.form, run.level);
  if (run.max === undefined) return `${kind}·重复${run.min}次及以上`;
  if (run.max === run.min) return `${kind}·重复${run.min}次`;
  return `${kind}·重复${run.min}–${run.max}次`;
}
