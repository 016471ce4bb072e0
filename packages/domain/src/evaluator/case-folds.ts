import type { Calendar } from '../calendar';
import { foldCaseLenient, type CaseState } from '../case';
import type { DeadlineSettings } from '../case';
import type { CaseRecord } from '../model';
import type { RuleSet } from '../rules';
import { caseNumberOf } from './case-number-of';
import type { LedgerWarning } from './ledger';

/**
 * A case folded once per distinct deadline setting among the rule versions it meets: deadlines
 * ("late") follow the version that judges the visit, unless `fixed` settings (the case's own, from its
 * registration date) apply to every visit.
 */
export function createCaseFolds(
  record: CaseRecord,
  calendar: Calendar,
  warn: (w: LedgerWarning) => void,
  fixed?: DeadlineSettings,
) {
  // Called once per visit and kept for the whole run, 3,000 times a township: the first settings and their
  // fold sit in two variables; maps (by settings object, then by JSON key, so equal settings in different
  // objects share one fold) are made only when a second settings object turns up.
  let firstSettings: DeadlineSettings | undefined;
  let firstState: CaseState | undefined;
  let byObject: Map<DeadlineSettings, CaseState | undefined> | undefined;
  let byKey: Map<string, CaseState | undefined> | undefined;
  let reported = false;
  let repaired: Set<string> | undefined;

  const fold = (deadlines: DeadlineSettings): CaseState | undefined => {
    const result = foldCaseLenient(record, deadlines, calendar);
    if (!result.ok) {
      if (!reported)
        warn({
          code: 'broken_case',
          caseId: record.id,
          message: `信访事项${caseNumberOf(record)}的记录无法还原（${result.error.message}），未参与计算`,
        });
      reported = true;
      return undefined;
    }
    for (const { error, action } of result.repairs) {
      const key = `${error.seq}:${action}`;
      repaired ??= new Set();
      if (repaired.has(key)) continue;
      repaired.add(key);
      const what = action === 'capped' ? '延期按上限计算' : '该条记录未参与计算';
      warn({
        code: 'repaired_case',
        caseId: record.id,
        message: `信访事项${caseNumberOf(record)}的第${error.seq}条记录：${error.message}，${what}`,
      });
    }
    return result.state;
  };

  return (version: RuleSet): CaseState | undefined => {
    const deadlines = fixed ?? version.deadlines;
    if (deadlines === firstSettings) return firstState;
    if (firstSettings === undefined) {
      firstSettings = deadlines;
      firstState = fold(deadlines);
      return firstState;
    }
    if (!byObject || !byKey) {
      byObject = new Map([[firstSettings, firstState]]);
      byKey = new Map([[JSON.stringify(firstSettings), firstState]]);
    }
    if (byObject.has(deadlines)) return byObject.get(deadlines);
    const key = JSON.stringify(deadlines);
    const state = byKey.has(key) ? byKey.get(key) : fold(deadlines);
    byKey.set(key, state);
    byObject.set(deadlines, state);
    return state;
  };
}
