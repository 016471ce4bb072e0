import type { Calendar } from '../calendar';
import type { OrgIndex } from '../org';
import type { RuleSet } from '../rules';
import type { LedgerWarning, LedgerPeriod } from './ledger';

export interface JudgeContext {
  history: readonly RuleSet[];
  org: OrgIndex;
  calendar: Calendar;
  period: LedgerPeriod;
  warn: (w: LedgerWarning) => void;
}
