import type { CalendarOverride } from '../calendar';
import type { CaseRecord, IsoDate, Org } from '../model';
import type { RuleSet } from '../rules';
import type { Sanction } from '../rules';

export interface LedgerPeriod {
  from: IsoDate;
  to: IsoDate;
}

export interface EvaluateInput {
  ruleVersions: readonly RuleSet[];
  org: Org;
  cases: readonly CaseRecord[];
  period: LedgerPeriod;
  calendarOverrides?: readonly CalendarOverride[];
  /** The date the penalty notice goes out; payment due dates count from it. Default: the period's last day. */
  noticeDate?: IsoDate;
  /**
   * Model-township titles: `modelTownshipByYear` names the title of each whole year of the period
   * ({ '2025': 'city' }); the older single `modelTownship` is the title of the period's last whole year.
   */
  flags?: { modelTownship?: 'district' | 'city'; modelTownshipByYear?: Record<string, 'district' | 'city'> };
  /**
   * Whose deadline settings decide "late": 'registration' (default) those of the version in force on the
   * case's registration date, as the case screens of the product show them (`caseDeadlineSettings`), so a
   * case's deadline does not move when new rules are published; 'visit' those of the version judging the visit.
   */
  caseDeadlines?: 'visit' | 'registration';
}

/** office_head: main person of an office or a department; village_head: of a village; leading_cadre: +LC. */
export type ChargeRole = 'village_head' | 'office_head' | 'leading_cadre';

export interface AppliedModifier {
  id: 'no_notice' | 'late' | 'late_serious' | 'rectification';
  /** "1/2", "2/1"; absent for modifiers that only add sanctions. */
  factor?: string;
}

export interface FineEntry {
  /** `fine:caseId:visitId:personId`: stable across rule versions, so a draft's ledger diffs against the published one. */
  id: string;
  personId: string;
  unitId: string;
  role: ChargeRole;
  caseId: string;
  /** 编号, as officials read and quote the case (the case id when it was registered without one). Display only. */
  caseNumber: string;
  visitId: string;
  visitDate: IsoDate;
  ruleVersionId: string;
  rowId: string;
  repeats: number;
  baseFen: number;
  amountFen: number;
  modifiers: AppliedModifier[];
  sanctions: Sanction[];
  explanation: string;
}

export interface RetrievalTask {
  id: string;
  caseId: string;
  /** 编号 of the case (its id when it has none). Display only. */
  caseNumber: string;
  visitId: string;
  unitId: string;
  visitDate: IsoDate;
  deadline: IsoDate;
  ruleVersionId: string;
  rowId: string;
  /** The unit's first 领回 recorded on or after the visit. */
  retrievedOn?: IsoDate;
  explanation: string;
}

export interface VetoEntry {
  id: string;
  year: number;
  target: 'unit' | 'person';
  unitId?: string;
  personId?: string;
  /** `caseNumber`: 编号 of the case (its id when it has none), display only. */
  visits: { caseId: string; caseNumber: string; visitId: string; visitDate: IsoDate; ruleVersionId: string }[];
  explanation: string;
}

export type RewardKind =
  | 'visit_free_office'
  | 'visit_free_village'
  | 'visit_free_cadre'
  | 'department_commendation'
  | 'backlog'
  | 'model_township';

export interface RewardEntry {
  id: string;
  year: number;
  kind: RewardKind;
  /** Unit rewards are paid to the unit's responsible people (the secretary at least `secretaryShareMin`). */
  unitId?: string;
  personId?: string;
  caseId?: string;
  /** With `caseId`: 编号 of the case (its id when it has none). Display only. */
  caseNumber?: string;
  amountFen: number;
  ruleVersionId: string;
  explanation: string;
  note?: string;
}

export interface PersonTotal {
  personId: string;
  name: string;
  financePaid: boolean;
  finesFen: number;
  fineCount: number;
  rewardsFen: number;
  sanctions: Sanction[];
  vetoed: boolean;
  /** When fines are owed: notice + N working days (paid by township finance) or the month's end (others). */
  dueOn?: IsoDate;
}

export interface UnitTotal {
  unitId: string;
  name: string;
  finesFen: number;
  rewardsFen: number;
  retrievalTasks: number;
  vetoed: boolean;
}

export interface LedgerWarning {
  code:
    | 'no_version'
    | 'no_row'
    | 'no_main_person'
    | 'unknown_unit'
    | 'broken_case'
    | 'repaired_case'
    | 'form_headcount'
    | 'partial_year'
    | 'no_petition_office'
    | 'duplicate_case';
  message: string;
  caseId?: string;
  visitId?: string;
  unitId?: string;
}

export interface Ledger {
  period: LedgerPeriod;
  noticeDate: IsoDate;
  fines: FineEntry[];
  retrievalTasks: RetrievalTask[];
  vetoes: VetoEntry[];
  rewards: RewardEntry[];
  totals: { finesFen: number; rewardsFen: number; byPerson: PersonTotal[]; byUnit: UnitTotal[] };
  warnings: LedgerWarning[];
}
