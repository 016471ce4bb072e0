import { formLabel, levelLabel, levelOrder, VisitForm } from '@xinfang/domain';
import { visitCaseNumber, type MonthVisit } from '@xinfang/store';
import type { VisitFigures, VisitRow } from './report-schemas';

/** Visits of the period (from the statistics items), counted by level, form and responsible unit (a visit counts once for each of its case's units). */
export function visitFigures(visits: readonly MonthVisit[], unitName: (id: string) => string): VisitFigures {
  const units = new Map<string, number>();
  const list: VisitRow[] = visits.map((v) => {
    for (const u of v.unitIds) units.set(u, (units.get(u) ?? 0) + 1);
    return {
      date: v.on,
      caseId: v.caseId,
      caseNumber: visitCaseNumber(v),
      level: v.level,
      levelLabel: levelLabel[v.level],
      formLabel: formLabel[v.form],
      headcount: v.headcount,
      units: v.unitIds.map(unitName),
    };
  });
  list.sort((a, b) => (a.date + a.caseId < b.date + b.caseId ? -1 : 1));
  return {
    total: list.length,
    headcount: list.reduce((s, r) => s + r.headcount, 0),
    byLevel: levelOrder.map((level) => ({
      level,
      label: levelLabel[level],
      count: visits.filter((v) => v.level === level).length,
    })),
    byForm: VisitForm.options.map((form) => ({
      form,
      label: formLabel[form],
      count: visits.filter((v) => v.form === form).length,
    })),
    byUnit: [...units]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([unitId, n]) => ({ unitId, name: unitName(unitId), count: n })),
    list,
  };
}
