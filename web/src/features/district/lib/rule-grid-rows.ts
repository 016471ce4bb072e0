import type { RuleCell, RulesCost } from '../api/types';

export type CellField = 'officeHeadFen' | 'villageHeadFen' | 'leadingCadreFen' | 'sanctions';
export const CELL_FIELDS: readonly CellField[] = ['officeHeadFen', 'villageHeadFen', 'leadingCadreFen', 'sanctions'];

export interface GridRow {
  key: string;
  form: RuleCell['form'];
  level: RuleCell['level'];
  repeats: number;
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

/** The townships' tables lined up cell by cell (the API gives every table the same cells), differences marked. */
export function ruleGridRows(cost: RulesCost): GridRow[] {
  const withRules = cost.townships.filter((t) => t.version !== null);
  const first = withRules[0];
  if (!first) return [];
  return first.cells.map((cell, i) => {
    const cells: Record<string, RuleCell> = {};
    for (const t of withRules) {
      const c = t.cells[i];
      if (c) cells[t.townshipId] = c;
    }
    const list = Object.values(cells);
    const differs = new Set(CELL_FIELDS.filter((f) => new Set(list.map((c) => fieldValue(c, f))).size > 1));
    return {
      key: `${cell.form}-${cell.level}-${cell.repeats}`,
      form: cell.form,
      level: cell.level,
      repeats: cell.repeats,
      cells,
      differs,
    };
  });
}

/** 20000 fen → "200元"; 12345 → "123.45元". */
export function yuanText(fen: number): string {
  return fen % 100 === 0 ? `${fen / 100}元` : `${(fen / 100).toFixed(2)}元`;
}
