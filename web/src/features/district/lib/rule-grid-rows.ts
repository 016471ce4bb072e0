import type { RuleCell, RulesCost } from '../api/types';

export type CellField = 'officeHeadFen' | 'villageHeadFen' | 'leadingCadreFen' | 'sanctions';
export const CELL_FIELDS: readonly CellField[] = ['officeHeadFen', 'villageHeadFen', 'leadingCadreFen', 'sanctions'];

export interface GridRow {
  key: string;
  form: RuleCell['form'];
  level: RuleCell['level'];
  /** The run of repeats the row stands for; `max` null: "and more". */
  min: number;
  max: number | null;
  /** Township id → its cell (absent: no rules in force). */
  cells: Record<string, RuleCell>;
  /** The fields whose value is not the same in every township with rules. */
  differs: Set<CellField>;
}

/** What a field says, for comparing: an amount, "not fined", or the sanctions (a retrieval row counts as one). */
function fieldValue(cell: RuleCell, field: CellField): string {
  if (field === 'sanctions') return [cell.retrieval ? 'retrieval' : '', ...cell.sanctions].join(',');
  return String(cell[field]);
}

const cellKey = (c: RuleCell) => [c.rowId, ...CELL_FIELDS.map((f) => fieldValue(c, f))].join('|');

/**
 * The townships' tables lined up cell by cell (the API gives every table the same cells), differences marked.
 * Consecutive repeat counts that every township answers alike (same row, same amounts) share one line, "1–2次",
 * as the rule tables themselves are written.
 */
export function ruleGridRows(cost: RulesCost): GridRow[] {
  const withRules = cost.townships.filter((t) => t.version !== null);
  const first = withRules[0];
  if (!first) return [];
  const rows: GridRow[] = [];
  let previous: { row: GridRow; signature: string } | undefined;
  first.cells.forEach((cell, i) => {
    const cells: Record<string, RuleCell> = {};
    for (const t of withRules) {
      const c = t.cells[i];
      if (c) cells[t.townshipId] = c;
    }
    const signature = withRules
      .map((t) => {
        const c = cells[t.townshipId];
        return c ? cellKey(c) : '';
      })
      .join('#');
    const open = cell.repeats === cost.horizon;
    const last = previous?.row;
    if (last && previous?.signature === signature && last.form === cell.form && last.level === cell.level) {
      last.max = open ? null : cell.repeats;
      return;
    }
    const list = Object.values(cells);
    const differs = new Set(CELL_FIELDS.filter((f) => new Set(list.map((c) => fieldValue(c, f))).size > 1));
    const row: GridRow = {
      key: `${cell.form}-${cell.level}-${cell.repeats}`,
      form: cell.form,
      level: cell.level,
      min: cell.repeats,
      max: open ? null : cell.repeats,
      cells,
      differs,
    };
    rows.push(row);
    previous = { row, signature };
  });
  return rows;
}

/** 20000 fen → "200元"; 12345 → "123.45元". */
export function yuanText(fen: number): string {
  return fen % 100 === 0 ? `${fen / 100}元` : `${(fen / 100).toFixed(2)}元`;
}
