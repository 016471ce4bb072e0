import {
  modelTownshipFlags,
  wholeYearsIn,
  type CalendarOverride,
  type CaseRecord,
  type EvaluateInput,
  type IsoDate,
  type Org,
  type RuleSet,
} from '@xinfang/domain';
import { CaseEventLog, listCaseRecords } from '../cases';
import type { StoreClients } from '../client';
import { LedgerRepository, periodKeyOf } from '../ledger';
import { OrgRepository, TownshipNotFoundError } from '../org';
import { RulesRepository } from '../rules';
import { loadCalendarOverrides, TownshipHonoursRepository } from '../settings';
import { TownshipNotOnboardedError } from './evaluation-errors';

export interface Period {
  from: IsoDate;
  to: IsoDate;
}

/** Everything `evaluate` needs for one township period, as the store holds it. */
export interface PeriodInputs {
  org: Org;
  cases: CaseRecord[];
  ruleVersions: RuleSet[];
  /** Working-day deadlines and payment due dates count with the township's overrides. */
  calendarOverrides: CalendarOverride[];
  /** A case's deadlines are those of the version in force on its registration date, as on the case screens. */
  caseDeadlines: 'registration';
  /** The model-township titles of the evaluated period's whole years (domain `modelTownshipFlags`). */
  flags: NonNullable<EvaluateInput['flags']>;
  /** The notice date stored with the period's last evaluation, if it was evaluated before. */
  storedNoticeDate?: IsoDate;
}

/**
 * Reads a township period's inputs by Query and GetItem only: the org chart, every case with an event in the
 * years from `casesFrom` (default: the period's start) to the period's end, each with its whole event list (so
 * repeats and rectification count earlier visits), the published rule versions, the calendar overrides, the
 * model-township titles and the notice date stored with the period's earlier evaluation.
 */
export async function loadPeriodInputs(
  store: StoreClients,
  tenantId: string,
  period: Period,
  options: { casesFrom?: IsoDate } = {},
): Promise<PeriodInputs> {
  let org: Org;
  try {
    org = await new OrgRepository(store).loadOrg(tenantId);
  } catch (error) {
    if (error instanceof TownshipNotFoundError) throw new TownshipNotOnboardedError(tenantId);
    throw error;
  }
  const casesFrom = options.casesFrom ?? period.from;
  const range = { fromYear: Number(casesFrom.slice(0, 4)), toYear: Number(period.to.slice(0, 4)) };
  const needsTitles = wholeYearsIn(period.from, period.to).length > 0;
  const [cases, ruleVersions, calendarOverrides, titles, summary] = await Promise.all([
    listCaseRecords(new CaseEventLog(store), tenantId, range),
    new RulesRepository(store).ruleSets(tenantId),
    loadCalendarOverrides(store, tenantId),
    needsTitles ? new TownshipHonoursRepository(store).list(tenantId) : Promise.resolve([]),
    new LedgerRepository(store).readSummary(tenantId, periodKeyOf(period.from, period.to)),
  ]);
  return {
    org,
    cases,
    ruleVersions,
    calendarOverrides,
    caseDeadlines: 'registration',
    flags: modelTownshipFlags(titles, period),
    ...(summary ? { storedNoticeDate: summary.noticeDate } : {}),
  };
}
