import { formLabel, levelLabel, levelOrder, VisitForm, type CaseState } from '@xinfang/domain';
import { inPeriod, type ReportPeriod } from './report-data';
import type { VisitFigures, VisitRow } from './report-schemas';

/** Visits dated in the period, counted by level, form and responsible unit (a visit counts once for each of its case's units). */
export function visitFigures(cases: readonly CaseState[], period: ReportPeriod, unitName: (id: string) => string): VisitFigures {
  const list: VisitRow[] = [];
  const units = new Map<string, number>();
  for (const c of cases) {
    for (const v of c.visits) {
      if (!inPeriod(v.on, period)) continue;
      list.push({ date: v.on, caseId: c.caseId, level: v.level, levelLabel: levelLabel[v.level], formLabel: formLabel[v.form], headcount: v.headcount, units: c.responsibleUnitIds.map(unitName) });
      for (const u of c.responsibleUnitIds) units.set(u, (units.get(u) ?? 0) + 1);
    }
  }
  list.sort((a, b) => (a.date + a.caseId < b.date + b.caseId ? -1 : 1));
  const count = (pred: (r: VisitRow) => boolean) => list.filter(pred).length;
  return {
    total: list.length,
    headcount: list.reduce((s, r) => s + r.headcount, 0),
    byLevel: levelOrder.map((level) => ({ level, label: levelLabel[level], count: count((r) => r.level === level) })),
    byForm: VisitForm.options.map((form) => ({ form, label: formLabel[form], count: count((r) => r.formLabel === formLabel[form]) })),
    byUnit: [...units].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([unitId, n]) => ({ unitId, name: unitName(unitId), count: n })),
    list,
  };
}
