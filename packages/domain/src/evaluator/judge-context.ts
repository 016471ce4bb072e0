import type { Calendar } from '../calendar';
import type { CaseRecord, IsoDate, VisitForm, VisitLevel } from '../model';
import type { OrgIndex } from '../org';
import type { PenaltyRow, RuleSet } from '../rules';
import type { Charge } from './charge';
import type { LedgerWarning, LedgerPeriod } from './ledger';

/**
 * What judging a case needs besides the case. The lookups answer the same as `versionInForce`,
 * `rowMatches`, `caseUnitsOn` and `chargesFor`, but remember their answers for the run, since thousands of
 * visits share a handful of dates, rows and unit lists (see createJudgeContext).
 */
export interface JudgeContext {
  history: readonly RuleSet[];
  org: OrgIndex;
  calendar: Calendar;
  period: LedgerPeriod;
  warn: (w: LedgerWarning) => void;
  /** The earliest version (by effectiveFrom), whose fold numbers the visits. */
  firstVersion: RuleSet | undefined;
  versionOn(date: IsoDate): RuleSet | undefined;
  /** The first of the version's rows that covers the visit. */
  rowFor(version: RuleSet, level: VisitLevel, form: VisitForm, repeats: number): PenaltyRow | undefined;
  /** caseUnitsOn; the list is shared, never mutate it. */
  caseUnits(record: CaseRecord, date: IsoDate): readonly string[];
  /** The main persons' ids of each unit on that date, in unit order; the list is shared, never mutate it. */
  mainPersonIds(caseUnitIds: readonly string[], date: IsoDate): readonly string[];
  /** chargesFor, its warnings repeated to `warn` on every call; the list is shared, never mutate it. */
  charges(
    row: PenaltyRow,
    caseUnitIds: readonly string[],
    date: IsoDate,
    warn: (w: LedgerWarning) => void,
  ): readonly Charge[];
}
