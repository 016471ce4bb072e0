import type { Calendar } from '../calendar';
import { foldCaseLenient, type CaseState } from '../case';
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
  // Called once per visit: the settings object itself (the same for every visit of a version, or `fixed`)
  // answers before its JSON key is built. Equal settings in different objects still share one fold.
  const byObject = new Map<DeadlineSettings, CaseState | undefined>();
  let reported = false;
  const repaired = new Set<string>();
  return (version: RuleSet): CaseState | undefined => {
    const deadlines = fixed ?? version.deadlines;
    if (byObject.has(deadlines)) return byObject.get(deadlines);
    const key = JSON.stringify(deadlines);
    if (cache.has(key)) {
      const known = cache.get(key);
      byObject.set(deadlines, known);
      return known;
    }
    const result = foldCaseLenient(record, deadlines, calendar);
    if (!result.ok) {
      if (!reported) warn({ code: 'broken_case', caseId: record.id, message: `信访事项${record.id}的记录无法还原（${result.error.message}），未参与计算` });
      reported = true;
    } else {
      for (const { error, action } of result.repairs) {
        const key = `${error.seq}:${action}`;
        if (repaired.has(key)) continue;
        repaired.add(key);
        const what = action === 'capped' ? '延期按上限计算' : '该条记录未参与计算';
        warn({ code: 'repaired_case', caseId: record.id, message: `信访事项${record.id}的第${error.seq}条记录：${error.message}，${what}` });
      }
    }
    const state = result.ok ? result.state : undefined;
    cache.set(key, state);
    byObject.set(deadlines, state);
    return state;
  };
}
