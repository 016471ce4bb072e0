import type { IsoDate } from '../model';
import { RuleSetHistory, type RuleSet } from './rule-set';
import { type RuleIssue, tableIssues, zodIssues } from './validate-rule-set';

/** The version whose `effectiveFrom` is the latest on or before `date`; undefined before the first version. */
export function versionInForce(history: readonly RuleSet[], date: IsoDate): RuleSet | undefined {
  let best: RuleSet | undefined;
  for (const v of history) {
    if (v.effectiveFrom > date) continue;
    if (!best || v.effectiveFrom > best.effectiveFrom || (v.effectiveFrom === best.effectiveFrom && v.id > best.id))
      best = v;
  }
  return best;
}

/** Every version's own issues (paths prefixed with its index), plus duplicate ids and effective dates. */
export function validateRuleSetHistory(input: unknown): RuleIssue[] {
  const parsed = RuleSetHistory.safeParse(input);
  if (!parsed.success) return zodIssues(parsed.error);
  const issues: RuleIssue[] = [];
  const ids = new Map<string, number>();
  const dates = new Map<string, number>();
  parsed.data.forEach((v, i) => {
    const sameId = ids.get(v.id);
    if (sameId !== undefined)
      issues.push({
        path: [i, 'id'],
        code: 'duplicate_id',
        message: `第${i + 1}个版本的编号${v.id}与第${sameId + 1}个重复`,
      });
    ids.set(v.id, i);
    const sameDate = dates.get(v.effectiveFrom);
    if (sameDate !== undefined) {
      issues.push({
        path: [i, 'effectiveFrom'],
        code: 'duplicate_effective_from',
        message: `第${i + 1}个版本与第${sameDate + 1}个版本的生效日期都是${v.effectiveFrom}`,
      });
    }
    dates.set(v.effectiveFrom, i);
    for (const issue of tableIssues(v)) issues.push({ ...issue, path: [i, ...issue.path] });
  });
  return issues;
}
