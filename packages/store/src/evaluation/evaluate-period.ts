import { evaluate, type IsoDate, type Ledger, type RuleSet } from '@xinfang/domain';
import type { StoreClients } from '../client';
import { NoRulesPublishedError } from './evaluation-errors';
import { loadPeriodInputs, type Period, type PeriodInputs } from './load-period-inputs';

export interface EvaluatePeriodOptions {
  /** The penalty notice's date; default: the date stored with the period's last evaluation, else the period's end. */
  noticeDate?: IsoDate;
  /** What-if and retroactive checks: the rule history to judge by instead of the published one. */
  ruleVersions?: (published: RuleSet[]) => RuleSet[];
}

/**
 * The one way to evaluate a township period: the API's evaluation, what-if and publish checks, the seed and
 * `xinfang repair` all call this, so they cannot disagree on inputs (calendar, titles, notice date, deadlines).
 */
export async function evaluatePeriod(
  store: StoreClients,
  tenantId: string,
  period: Period,
  options: EvaluatePeriodOptions = {},
): Promise<{ ledger: Ledger; inputs: PeriodInputs }> {
  const inputs = await loadPeriodInputs(store, tenantId, period);
  return { ledger: evaluateLoaded(inputs, period, options), inputs };
}

/** The same on inputs already loaded (several evaluations of one period, e.g. before/after a rule change). */
export function evaluateLoaded(inputs: PeriodInputs, period: Period, options: EvaluatePeriodOptions = {}): Ledger {
  const ruleVersions = options.ruleVersions ? options.ruleVersions(inputs.ruleVersions) : inputs.ruleVersions;
  if (ruleVersions.length === 0) throw new NoRulesPublishedError('');
  const { storedNoticeDate, ...rest } = inputs;
  const noticeDate = options.noticeDate ?? storedNoticeDate;
  return evaluate({ ...rest, ruleVersions, period, ...(noticeDate ? { noticeDate } : {}) });
}
