import type { z } from 'zod';
import type { VisitForm, VisitLevel } from '../model';
import { forEachCell, matchingRows, repeatsHorizon, runLabel, toRuns } from './coverage';
import { clauseRange } from './penalty-row';
import { RuleSet } from './rule-set';

export type RuleIssueCode =
  'schema' | 'overlap' | 'gap' | 'unreachable' | 'duplicate_id' | 'duplicate_effective_from' | 'range';

export interface RuleIssue {
  /** Where in the rule set (or history) the problem is, as zod reports paths. */
  path: (string | number)[];
  code: RuleIssueCode;
  /** Chinese, for the admin. */
  message: string;
  rowId?: string;
  otherRowId?: string;
}

export function zodIssues(error: z.ZodError, prefix: (string | number)[] = []): RuleIssue[] {
  return error.issues.map((i) => ({
    path: [...prefix, ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
    code: 'schema' as const,
    message: i.message,
  }));
}

/** Schema problems first; then the table itself: duplicate ids, unreachable rows, overlaps and gaps. */
export function validateRuleSet(input: unknown): RuleIssue[] {
  const parsed = RuleSet.safeParse(input);
  if (!parsed.success) return zodIssues(parsed.error);
  return tableIssues(parsed.data);
}

type Cell = { level: VisitLevel; form: VisitForm; repeats: number };

export function tableIssues(rs: RuleSet): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const rows = rs.penaltyRows;
  const indexOf = new Map(rows.map((r, i) => [r.id, i]));
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    if (seen.has(row.id))
      issues.push({
        path: ['penaltyRows', i, 'id'],
        code: 'duplicate_id',
        message: `规则编号${row.id}重复`,
        rowId: row.id,
      });
    seen.add(row.id);
    const empty = row.match.every((c) => {
      const r = clauseRange(row, c);
      return c.levels.length === 0 || c.forms.length === 0 || (r.max !== undefined && r.min > r.max);
    });
    if (empty) {
      issues.push({
        path: ['penaltyRows', i],
        code: 'unreachable',
        message: `规则${row.id}不可能适用：没有层级或形式，或重复次数范围为空`,
        rowId: row.id,
      });
    }
  });

  const horizon = repeatsHorizon(rows);
  const gaps: Cell[] = [];
  const overlaps = new Map<string, Cell[]>();
  const claimedByLater = new Map<string, number>();
  const cellsOf = new Map<string, number>();
  forEachCell(rows, (level, form, repeats) => {
    const hits = matchingRows(rows, level, form, repeats);
    if (hits.length === 0) gaps.push({ level, form, repeats });
    for (const h of hits) cellsOf.set(h.id, (cellsOf.get(h.id) ?? 0) + 1);
    for (let a = 0; a < hits.length; a += 1) {
      for (let b = a + 1; b < hits.length; b += 1) {
        const key = `${hits[a]?.id}\u0000${hits[b]?.id}`;
        overlaps.set(key, [...(overlaps.get(key) ?? []), { level, form, repeats }]);
      }
    }
    // The evaluator applies the first matching row, so every later hit is shadowed in this cell.
    for (const h of hits.slice(1)) claimedByLater.set(h.id, (claimedByLater.get(h.id) ?? 0) + 1);
  });

  for (const [key, cells] of overlaps) {
    const [first = '', second = ''] = key.split('\u0000');
    const where = toRuns(cells, horizon).map(runLabel).join('、');
    issues.push({
      path: ['penaltyRows', indexOf.get(second) ?? 0],
      code: 'overlap',
      message: `规则${first}与规则${second}重叠：${where}（按表中顺序适用${first}）`,
      rowId: second,
      otherRowId: first,
    });
  }
  rows.forEach((row, i) => {
    const total = cellsOf.get(row.id) ?? 0;
    if (total > 0 && claimedByLater.get(row.id) === total) {
      issues.push({
        path: ['penaltyRows', i],
        code: 'unreachable',
        message: `规则${row.id}被前面的规则完全覆盖，永远不会适用`,
        rowId: row.id,
      });
    }
  });
  for (const run of toRuns(gaps, horizon)) {
    issues.push({ path: ['penaltyRows'], code: 'gap', message: `没有规则覆盖：${runLabel(run)}` });
  }
  if (rs.rewards.backlog.minYears > rs.rewards.backlog.maxYears) {
    issues.push({
      path: ['rewards', 'backlog', 'minYears'],
      code: 'range',
      message: '积案奖励的最短年限不能大于最长年限',
    });
  }
  return issues;
}
