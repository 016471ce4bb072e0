import type { TFunction } from 'i18next';
import type { PenaltyRow } from '../api/types';
import { amountText, kindsText, lateText, repeatsText, sanctionsText } from './rule-text';

/** The columns of the seed's table, in its order; a diff compares rows cell by cell under these keys (a renamed row
 * shows in the diff's summary, as 名称). */
export const CELL_KEYS = ['kinds', 'repeats', 'officeHead', 'villageHead', 'cadres', 'sanctions', 'late'] as const;
export type CellKey = (typeof CELL_KEYS)[number];

/** Every cell of a row as the reader sees it. */
export function rowCells(row: PenaltyRow, t: TFunction): Record<CellKey, string> {
  const retrieval = row.retrievalTask ? t('rules.retrieval', { days: row.retrievalTask.deadlineDays }) : '';
  return {
    kinds: kindsText(row, t),
    repeats: repeatsText(row.repeats, t),
    officeHead: amountText(row.amounts?.officeHeadFen),
    villageHead: amountText(row.amounts?.villageHeadFen),
    cadres: row.chargesLeadingCadres ? t('rules.cadresCharged') : t('rules.none'),
    sanctions:
      [retrieval, row.sanctions.length > 0 ? sanctionsText(row.sanctions, t) : ''].filter(Boolean).join('；') ||
      t('rules.none'),
    late: lateText(row, t),
  };
}

/** The cells of `after` that differ from the same row (by id) in `before`; every cell when the row is new. */
export function changedCells(before: PenaltyRow | undefined, after: PenaltyRow, t: TFunction): Set<CellKey> {
  const b = before ? rowCells(before, t) : undefined;
  const a = rowCells(after, t);
  return new Set(CELL_KEYS.filter((k) => b === undefined || b[k] !== a[k]));
}
