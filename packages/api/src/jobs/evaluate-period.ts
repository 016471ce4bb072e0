import { evaluateAndRecord, NoRulesPublishedError, type StoreClients } from '@xinfang/store';

export interface PeriodEvaluation {
  periodKey: string;
  finesFen: number;
  fines: number;
  rewards: number;
  vetoes: number;
}

/**
 * The jobs' one call into evaluation: the store's one evaluation path (`evaluateAndRecord`), the same the evaluate
 * route, seed and repair use. A draft period is (over)written for the admin to issue; an issued one is left as it
 * is and any difference becomes a correction proposal. Undefined when the township has no rules yet.
 */
export async function evaluateTownshipPeriod(
  store: StoreClients,
  tenantId: string,
  period: { from: string; to: string },
  meta: { at: string; by: string },
): Promise<PeriodEvaluation | undefined> {
  try {
    const { ledger, summary } = await evaluateAndRecord(store, tenantId, period, meta);
    return {
      periodKey: summary.periodKey,
      finesFen: ledger.totals.finesFen,
      fines: ledger.fines.length,
      rewards: ledger.rewards.length,
      vetoes: ledger.vetoes.length,
    };
  } catch (error) {
    if (error instanceof NoRulesPublishedError) return undefined;
    throw error;
  }
}
