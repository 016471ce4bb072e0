import type { Calendar } from '../calendar';
import { tryFoldCase, type CaseState } from '../case';
import type { DeadlineSettings } from '../case';
import type { CaseRecord } from '../model';
import type { RuleSet } from '../rules';
import type { LedgerWarning } from './ledger';

/**
 * A case folded once per distinct deadline setting among the rule versions it meets: deadlines
 * ("late") follow the version that judges the visit, unless `fixed` settings (the case's own, from its
 * registration date) apply to every visit.
 */
export function createCaseFolds(record: CaseRecord, calendar: Calendar, warn: (w: LedgerWarning) => void, fixed?: DeadlineSettings) {
  const cache = new Map<string, CaseState | undefined>();
  let reported = false;
  return (version: RuleSet): CaseState | undefined => {
    const deadlines = fixed ?? version.deadlines;
    const key = JSON.stringify(deadlines);
    if (cache.has(key)) return cache.get(key);
    const result = tryFoldCase(record, deadlines, calendar);
    if (!result.ok && !reported) {
      reported = true;
      warn({ code: 'broken_case', caseId: record.id, message: `信访事项${record.id}的记录无法还原（${result.error.message}），未参与计算` });
    }
    const state = result.ok ? result.state : undefined;
    cache.set(key, state);
    return state;
  };
}
