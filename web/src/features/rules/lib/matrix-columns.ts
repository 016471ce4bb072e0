import type { PenaltyRow, RuleIssue } from '../api/types';
import { fenToYuanText, parseYuan } from '../../../lib/yuan';

/** The cells of a row the matrix editor edits in place, in keyboard (Tab) order. */
export const EDIT_COLUMNS = ['label', 'min', 'max', 'officeHead', 'villageHead', 'cadres'] as const;
export type EditColumn = (typeof EDIT_COLUMNS)[number];

/** i18n keys of the messages a cell shows while its text cannot be taken. */
export type CellError =
  'rules.editor.badYuan' | 'rules.editor.badCount' | 'rules.editor.badMax' | 'rules.editor.emptyLabel';

/** The text a cell's editor starts from. */
export function cellText(row: PenaltyRow, column: EditColumn): string {
  switch (column) {
    case 'label':
      return row.label;
    case 'min':
      return String(row.repeats.min);
    case 'max':
      return row.repeats.max === undefined ? '' : String(row.repeats.max);
    case 'officeHead':
      return row.amounts ? fenToYuanText(row.amounts.officeHeadFen) : '';
    case 'villageHead':
      return row.amounts ? fenToYuanText(row.amounts.villageHeadFen) : '';
    case 'cadres':
      return row.chargesLeadingCadres ? '1' : '';
  }
}

const COUNT = /^\d{1,4}$/;

/**
 * The row with `text` typed into `column`, or the message saying why it cannot be taken.
 * An amount left empty clears the row's amounts when the other one is empty or 0 too (a retrieval-only row);
 * otherwise it counts as 0.
 */
export function applyCell(
  row: PenaltyRow,
  column: EditColumn,
  text: string,
): { row: PenaltyRow } | { error: CellError } {
  const value = text.trim();
  switch (column) {
    case 'label':
      return value ? { row: { ...row, label: value } } : { error: 'rules.editor.emptyLabel' };
    case 'min': {
      if (!COUNT.test(value)) return { error: 'rules.editor.badCount' };
      return { row: { ...row, repeats: { ...row.repeats, min: Number(value) } } };
    }
    case 'max': {
      if (value === '') return { row: { ...row, repeats: { min: row.repeats.min } } };
      if (!COUNT.test(value) || Number(value) < row.repeats.min) return { error: 'rules.editor.badMax' };
      return { row: { ...row, repeats: { min: row.repeats.min, max: Number(value) } } };
    }
    case 'officeHead':
    case 'villageHead': {
      const fen = value === '' ? undefined : parseYuan(value);
      if (value !== '' && fen === undefined) return { error: 'rules.editor.badYuan' };
      const key = column === 'officeHead' ? 'officeHeadFen' : 'villageHeadFen';
      const otherKey = column === 'officeHead' ? 'villageHeadFen' : 'officeHeadFen';
      const other = row.amounts?.[otherKey] ?? 0;
      if (fen === undefined && other === 0) {
        const { amounts: _dropped, ...rest } = row;
        return { row: rest };
      }
      const amounts = { officeHeadFen: 0, villageHeadFen: 0, ...row.amounts, [key]: fen ?? 0 };
      return { row: { ...row, amounts } };
    }
    case 'cadres':
      return { row: { ...row, chargesLeadingCadres: value !== '' && value !== '0' } };
  }
}

/** The problems of each row (by id), from the issue's row ids or its path; the rest concern the whole table. */
export function issuesByRow(rows: readonly PenaltyRow[], issues: readonly RuleIssue[]) {
  const byRow = new Map<string, RuleIssue[]>();
  const table: RuleIssue[] = [];
  for (const issue of issues) {
    const [head, index] = issue.path;
    const id = issue.rowId ?? (head === 'penaltyRows' && typeof index === 'number' ? rows[index]?.id : undefined);
    if (id === undefined) table.push(issue);
    else byRow.set(id, [...(byRow.get(id) ?? []), issue]);
    // An overlap is the fault of both rows: each shows it, so the admin sees it wherever they look.
    if (issue.otherRowId !== undefined && issue.otherRowId !== id) {
      byRow.set(issue.otherRowId, [...(byRow.get(issue.otherRowId) ?? []), issue]);
    }
  }
  return { byRow, table };
}
