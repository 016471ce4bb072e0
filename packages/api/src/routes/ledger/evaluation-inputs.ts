import { wholeYearsIn, type CalendarOverride, type CaseRecord, type EvaluateInput, type Org, type RuleSet } from '@xinfang/domain';
import { CaseEventLog, listCaseRecords, loadCalendarOverrides, OrgRepository, RulesRepository, TownshipHonoursRepository, TownshipNotFoundError, type TownshipHonour } from '@xinfang/store';
import type { Context } from 'hono';
import type { AppEnv } from '../../app-env';
import { notFound } from '../../http/problem';
import { repo } from '../../http/repo';

export interface EvaluationInputs {
  org: Org;
  cases: CaseRecord[];
  ruleVersions: RuleSet[];
  /** The township's calendar overrides: working-day deadlines and payment due dates count with them. */
  calendarOverrides: CalendarOverride[];
  /** A case's deadlines are those of the version in force on its registration date, as on the case screens. */
  caseDeadlines: 'registration';
  /** The model-township titles of the period's whole years (see `honourFlags`). */
  flags: NonNullable<EvaluateInput['flags']>;
}

/** The model-township title of every whole year of the period that has one: the evaluator settles each year's. */
export function honourFlags(honours: readonly TownshipHonour[], period: { from: string; to: string }): EvaluationInputs['flags'] {
  const byYear: Record<string, 'district' | 'city'> = {};
  for (const year of wholeYearsIn(period.from, period.to)) {
    const level = honours.find((h) => h.year === year)?.level;
    if (level) byYear[String(year)] = level;
  }
  return Object.keys(byYear).length > 0 ? { modelTownshipByYear: byYear } : {};
}

/**
 * What the evaluator needs for a period, read by Queries only: the org chart, every case with an event in the
 * period's years (each with its whole event list, so repeats and rectification count earlier visits), the
 * township's published rule versions, its calendar overrides and its model-township titles. `evaluated` is the
 * period the ledger is computed for, when cases are read from earlier (a report comparing with last year).
 */
export async function loadEvaluationInputs(c: Context<AppEnv>, tenantId: string, period: { from: string; to: string }, evaluated = period): Promise<EvaluationInputs> {
  let org: Org;
  try {
    org = await repo(c, OrgRepository).loadOrg(tenantId);
  } catch (error) {
    if (error instanceof TownshipNotFoundError) throw notFound('本乡镇尚未开通');
    throw error;
  }
  const range = { fromYear: Number(period.from.slice(0, 4)), toYear: Number(period.to.slice(0, 4)) };
  const cases = await listCaseRecords(repo(c, CaseEventLog), tenantId, range);
  const store = c.get('deps').store;
  const [ruleVersions, calendarOverrides, honours] = await Promise.all([
    repo(c, RulesRepository).ruleSets(tenantId),
    loadCalendarOverrides(store, tenantId),
    wholeYearsIn(evaluated.from, evaluated.to).length > 0 ? repo(c, TownshipHonoursRepository).list(tenantId) : Promise.resolve([]),
  ]);
  return { org, cases, ruleVersions, calendarOverrides, caseDeadlines: 'registration', flags: honourFlags(honours, evaluated) };
}
