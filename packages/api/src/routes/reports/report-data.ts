import { computeKpis, defaultRuleSet, tryFoldCase, versionInForce, type CaseState, type Ledger, type Org, type RuleSet, type TownshipKpis } from '@xinfang/domain';
import { caseFoldSettingsOf, evaluateLoaded, LedgerRepository, loadPeriodInputs, projectLedger, type StoredLedger } from '@xinfang/store';
import type { Context } from 'hono';
import type { AppEnv } from '../../app-env';
import { repo } from '../../http/repo';
import { byPerson, byUnit, ledgerRows, type PersonBalance, type UnitBalance } from '../ledger/ledger-views';
import type { ReportPeriod } from './kpi-schemas';

export type { ReportPeriod };

/** Everything a report reads: org, folded cases (no petitioner data: it is not part of a case), the ledger of the period. */
export interface ReportData {
  org: Org;
  period: ReportPeriod;
  /** The version in force on the period's last day (or the default pack before any version): its targets and routines. */
  rules: RuleSet;
  cases: CaseState[];
  ledger: Ledger;
  /** The ledger net of the township's reversals (corrections made on any evaluated period). */
  net: { persons: PersonBalance[]; units: UnitBalance[]; reversed: Set<string>; finesFen: number; rewardsFen: number };
  unitName: (id: string) => string;
  personName: (id: string) => string;
}

/**
 * Loads and evaluates on the spot, so a report always shows the rules and events as they stand; cases are read
 * from `loadFrom` (earlier than the period when a report compares with the previous year).
 */
export async function loadReportData(c: Context<AppEnv>, tenantId: string, period: ReportPeriod, loadFrom = period.from): Promise<ReportData> {
  const inputs = await loadPeriodInputs(c.get('deps').store, tenantId, period, { casesFrom: loadFrom });
  const rules = versionInForce(inputs.ruleVersions, period.to) ?? defaultRuleSet();
  // Each case on its own deadlines (the version in force when it was registered) and the township's calendar, as on the case screens.
  const folds = caseFoldSettingsOf(inputs.ruleVersions, inputs.calendarOverrides);
  const cases = inputs.cases.flatMap((r) => {
    const ctx = folds.contextFor(r);
    const folded = tryFoldCase(r, ctx.settings, ctx.calendar);
    return folded.ok ? [folded.state] : [];
  });
  const ledger = evaluateLoaded(inputs, period);
  const net = await netOf(c, tenantId, ledger);
  const units = new Map(inputs.org.units.map((u) => [u.id, u.name]));
  const persons = new Map(inputs.org.people.map((p) => [p.id, p.name]));
  return {
    org: inputs.org,
    period,
    rules,
    cases,
    ledger,
    net,
    unitName: (id) => units.get(id) ?? id,
    personName: (id) => persons.get(id) ?? id,
  };
}

async function netOf(c: Context<AppEnv>, tenantId: string, ledger: Ledger): Promise<ReportData['net']> {
  const { summary, entries } = projectLedger(ledger, { evaluatedAt: '', evaluatedBy: '' });
  const ids = new Set(entries.map((e) => e.entryId));
  const reversals = (await repo(c, LedgerRepository).allReversals(tenantId)).filter((r) => ids.has(r.reversesId));
  const stored: StoredLedger = { summary, entries, reversals, payments: [], supplementaryNotices: [] };
  const rows = ledgerRows(stored);
  const persons = byPerson(stored, rows);
  const units = byUnit(stored, rows);
  const sum = (list: { rewardsFen: number }[]) => list.reduce((s, x) => s + x.rewardsFen, 0);
  // A reward goes either to a unit (visit-free, model township) or to a person (cadre, backlog), never both.
  return { persons, units, reversed: new Set(reversals.map((r) => r.reversesId)), finesFen: persons.reduce((s, p) => s + p.finesFen, 0), rewardsFen: sum(units) + sum(persons) };
}

/** The township KPIs of the period, against the visit target of the rules in force and the ledger net of reversals. */
export function reportKpis(d: ReportData): TownshipKpis {
  return computeKpis({
    org: d.org,
    cases: d.cases,
    period: d.period,
    targets: { visitChange: -d.rules.targets.visitReductionPct / 100 },
    ledgerTotals: { finesFen: d.net.finesFen, rewardsFen: d.net.rewardsFen, vetoes: d.ledger.vetoes.length },
    repeatCounting: d.rules.repeatCounting,
  });
}

export const inPeriod = (date: string | undefined, p: ReportPeriod) => date !== undefined && p.from <= date && date <= p.to;

/** Fen as yuan with two decimals, for JSON readers that print it as is. */
export const yuan = (fen: number) => (fen / 100).toFixed(2);
