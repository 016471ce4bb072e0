import { createCalendar, defaultRuleSet, evaluate, tryFoldCase, versionInForce, type CaseState, type Ledger, type Org, type RuleSet } from '@xinfang/domain';
import type { Context } from 'hono';
import type { AppEnv } from '../../app-env';
import { loadEvaluationInputs } from '../ledger/evaluation-inputs';

export interface ReportPeriod {
  from: string;
  to: string;
}

/** Everything a report reads: org, folded cases (no petitioner data: it is not part of a case), the ledger of the period. */
export interface ReportData {
  org: Org;
  period: ReportPeriod;
  /** The version in force on the period's last day (or the default pack before any version). */
  rules: RuleSet;
  cases: CaseState[];
  ledger: Ledger;
  unitName: (id: string) => string;
  personName: (id: string) => string;
}

/**
 * Loads and evaluates on the spot, so a report always shows the rules and events as they stand; cases are read
 * from `loadFrom` (earlier than the period when a report compares with the previous year).
 */
export async function loadReportData(c: Context<AppEnv>, tenantId: string, period: ReportPeriod, loadFrom = period.from): Promise<ReportData> {
  const inputs = await loadEvaluationInputs(c, tenantId, { from: loadFrom, to: period.to });
  const rules = versionInForce(inputs.ruleVersions, period.to) ?? defaultRuleSet();
  const calendar = createCalendar();
  const cases = inputs.cases.flatMap((r) => {
    const folded = tryFoldCase(r, rules.deadlines, calendar);
    return folded.ok ? [folded.state] : [];
  });
  const ledger = evaluate({ ruleVersions: inputs.ruleVersions, org: inputs.org, cases: inputs.cases, period });
  const units = new Map(inputs.org.units.map((u) => [u.id, u.name]));
  const persons = new Map(inputs.org.people.map((p) => [p.id, p.name]));
  return {
    org: inputs.org,
    period,
    rules,
    cases,
    ledger,
    unitName: (id) => units.get(id) ?? id,
    personName: (id) => persons.get(id) ?? id,
  };
}

export const inPeriod = (date: string | undefined, p: ReportPeriod) => date !== undefined && p.from <= date && date <= p.to;

/** Fen as yuan with two decimals, for JSON readers that print it as is. */
export const yuan = (fen: number) => (fen / 100).toFixed(2);
