import type { LedgerRow } from '../api/types';

/**
 * How a ledger row names its case: the 编号 officials quote (xiji-2026-058). Entries stored before entries carried
 * it have only the case's id, shown as before (nothing is fetched per row to look the number up).
 */
export function caseNumberOf(row: Pick<LedgerRow, 'caseId' | 'caseNumber'>): string | undefined {
  return row.caseNumber ?? row.caseId;
}
