import { evaluate, wholeYearsIn } from '@xinfang/domain';
import {
  CaseRepository,
  LedgerRepository,
  loadCalendarOverrides,
  OrgRepository,
  projectLedger,
  RulesRepository,
  TownshipHonoursRepository,
  type StoreClients,
} from '@xinfang/store';
import { honourFlags } from '../routes/ledger/evaluation-inputs';

export interface PeriodEvaluation {
  periodKey: string;
  finesFen: number;
  fines: number;
  rewards: number;
  vetoes: number;
}

/**
 * The jobs' one call into evaluation: the same inputs and projection as `POST /ledger/evaluations` (org chart,
 * the period's cases, rule versions, calendar overrides, model-township titles; deadlines as of registration),
 * written with deterministic entry ids so a re-run converges. Undefined when the township has no rules yet.
 * Kept to this one function so it can be repointed when evaluation becomes one module.
 */
export async function evaluateTownshipPeriod(
  store: StoreClients,
  tenantId: string,
  period: { from: string; to: string },
  meta: { at: string; by: string },
): Promise<PeriodEvaluation | undefined> {
  const ruleVersions = await new RulesRepository(store).ruleSets(tenantId);
  if (ruleVersions.length === 0) return undefined;
  const years = { fromYear: Number(period.from.slice(0, 4)), toYear: Number(period.to.slice(0, 4)) };
  const [org, cases, calendarOverrides, honours] = await Promise.all([
    new OrgRepository(store).loadOrg(tenantId),
    new CaseRepository(store).listCaseRecords(tenantId, years),
    loadCalendarOverrides(store, tenantId),
    wholeYearsIn(period.from, period.to).length > 0 ? new TownshipHonoursRepository(store).list(tenantId) : Promise.resolve([]),
  ]);
  const flags = honourFlags(honours, period);
  const ledger = evaluate({ org, cases, ruleVersions, calendarOverrides, caseDeadlines: 'registration', flags, period });
  const { summary, entries } = projectLedger(ledger, { evaluatedAt: meta.at, evaluatedBy: meta.by });
  await new LedgerRepository(store).writeEvaluation(tenantId, summary, entries);
  return {
    periodKey: summary.periodKey,
    finesFen: ledger.totals.finesFen,
    fines: ledger.fines.length,
    rewards: ledger.rewards.length,
    vetoes: ledger.vetoes.length,
  };
}
