import type { IsoDate } from '@xinfang/domain';
import { evaluateAndRecord, type StoreClients, type WriteResult } from '@xinfang/store';

export interface LedgerPeriod {
  from: IsoDate;
  to: IsoDate;
}

/** A draft period's write counts; an issued period writes none and may leave a correction proposal instead. */
export type LedgerRunResult = WriteResult & { proposalId?: string };

/**
 * Evaluates one township's ledger for a period through the store's one evaluation path (`evaluateAndRecord`:
 * calendar overrides, model-township titles and the period's stored notice date included) and records it.
 * Used by the seed (so ledger pages have data) and by `xinfang repair`.
 */
export async function evaluateLedger(
  store: StoreClients,
  tenantId: string,
  period: LedgerPeriod,
  meta: { at: string; by: string },
): Promise<LedgerRunResult> {
  const { outcome } = await evaluateAndRecord(store, tenantId, period, meta);
  if (outcome.status === 'draft') return outcome.written;
  const proposal = outcome.proposal ? { proposalId: outcome.proposal.proposalId } : {};
  return { written: 0, unchanged: 0, retracted: 0, ...proposal };
}

/** The demo's ledger periods: every whole year from the first demo year, and the current year up to today. */
export function demoLedgerPeriods(firstYear: number, today: IsoDate): LedgerPeriod[] {
  const periods: LedgerPeriod[] = [];
  const thisYear = Number(today.slice(0, 4));
  for (let year = firstYear; year <= thisYear; year++) {
    const last = `${year}-12-31`;
    periods.push({ from: `${year}-01-01`, to: last <= today ? last : today });
  }
  return periods;
}
