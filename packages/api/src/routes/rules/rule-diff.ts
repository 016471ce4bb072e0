import type { PenaltyRow, RuleSet, Sanction } from '@xinfang/domain';

export interface RowChange {
  rowId: string;
  label: string;
  /** What differs, named for the admin: 金额, 处罚, 适用范围, … */
  fields: string[];
  before: RowSummary;
  after: RowSummary;
}

export interface RowSummary {
  officeHeadFen?: number;
  villageHeadFen?: number;
  sanctions: Sanction[];
  lateSanctions: Sanction[];
  chargesLeadingCadres: boolean;
}

export interface RuleSetDiff {
  added: { rowId: string; label: string; row: RowSummary }[];
  removed: { rowId: string; label: string; row: RowSummary }[];
  changed: RowChange[];
  /** Top-level settings (modifiers, veto, rewards, payment, targets, …) whose values differ. */
  settingsChanged: string[];
}

const summary = (r: PenaltyRow): RowSummary => ({
  ...(r.amounts ? { officeHeadFen: r.amounts.officeHeadFen, villageHeadFen: r.amounts.villageHeadFen } : {}),
  sanctions: r.sanctions,
  lateSanctions: [...r.lateSanctions, ...(r.lateSeriousSanctions ?? [])],
  chargesLeadingCadres: r.chargesLeadingCadres,
});

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const SETTINGS = [
  'repeatCounting',
  'collectiveThreshold',
  'deadlines',
  'modifiers',
  'veto',
  'rewards',
  'payment',
  'targets',
  'routines',
] as const;

/** Row-level differences of two rule set versions, matched by row id. Pure: no I/O. */
export function diffRuleSets(from: RuleSet, to: RuleSet): RuleSetDiff {
  const before = new Map(from.penaltyRows.map((r) => [r.id, r]));
  const after = new Map(to.penaltyRows.map((r) => [r.id, r]));
  const added = to.penaltyRows
    .filter((r) => !before.has(r.id))
    .map((r) => ({ rowId: r.id, label: r.label, row: summary(r) }));
  const removed = from.penaltyRows
    .filter((r) => !after.has(r.id))
    .map((r) => ({ rowId: r.id, label: r.label, row: summary(r) }));
  const changed: RowChange[] = [];
  for (const b of to.penaltyRows) {
    const a = before.get(b.id);
    if (!a) continue;
    const fields: string[] = [];
    if (!same(a.amounts, b.amounts)) fields.push('金额');
    if (!same(a.sanctions, b.sanctions)) fields.push('处罚');
    if (!same(a.lateSanctions, b.lateSanctions) || !same(a.lateSeriousSanctions, b.lateSeriousSanctions))
      fields.push('办结不及时处罚');
    if (a.chargesLeadingCadres !== b.chargesLeadingCadres) fields.push('追究科级干部');
    if (!same(a.match, b.match) || !same(a.repeats, b.repeats)) fields.push('适用范围');
    if (!same(a.retrievalTask, b.retrievalTask)) fields.push('领回办结');
    if (a.label !== b.label) fields.push('名称');
    if (fields.length > 0) changed.push({ rowId: b.id, label: b.label, fields, before: summary(a), after: summary(b) });
  }
  const settingsChanged = SETTINGS.filter((k) => !same(from[k], to[k]));
  return { added, removed, changed, settingsChanged };
}
