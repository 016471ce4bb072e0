import { addDays, Sanction, sanctionLabel, weekday } from '@xinfang/domain';
import type { ReportDataWithLines, ReportPeriod } from './report-data';
import type { ReportDocument } from './sheet';
import type { WeeklyReport } from './report-schemas';
import { visitFigures } from './visit-figures';

/** Monday to Sunday of the week containing `date`. */
export function weekOf(date: string): ReportPeriod {
  const from = addDays(date, -((weekday(date) + 6) % 7));
  return { from, to: addDays(from, 6) };
}

export const sanctionNames = (list: readonly string[]) =>
  list.flatMap((s) => (Sanction.safeParse(s).success ? [sanctionLabel[Sanction.parse(s)]] : []));

/** 周通报: the week's visits by unit, level and form, and the penalties its visits incurred (less reversed ones). */
export function weeklyReport(d: ReportDataWithLines): WeeklyReport {
  const items = d.money.fines.map((f) => ({
    personId: f.personId ?? '',
    name: f.personId ? d.personName(f.personId) : '',
    unitName: f.unitId ? d.unitName(f.unitId) : '',
    caseId: f.caseId ?? '',
    caseNumber: f.caseNumber ?? f.caseId ?? '',
    visitDate: f.date,
    rowId: f.rowId ?? '',
    amountFen: f.amountFen,
    sanctions: sanctionNames(f.sanctions),
    explanation: f.explanation,
  }));
  return {
    title: `${d.org.township.name}信访周通报（${d.period.from}至${d.period.to}）`,
    week: d.period,
    visits: visitFigures(d.visits, d.unitName),
    newPenalties: { items, totalFen: items.reduce((s, i) => s + i.amountFen, 0) },
  };
}

export function weeklySheets(r: WeeklyReport): ReportDocument {
  const v = r.visits;
  return {
    fileName: `周通报_${r.week.from}`,
    sheets: [
      {
        name: '本周来访',
        title: r.title,
        columns: [
          { header: '日期', key: 'date', kind: 'text', width: 12 },
          { header: '事项编号', key: 'caseNumber', kind: 'text' },
          { header: '层级', key: 'level', kind: 'text', width: 8 },
          { header: '形式', key: 'form', kind: 'text', width: 8 },
          { header: '人数', key: 'headcount', kind: 'int', width: 8 },
          { header: '责任单位', key: 'units', kind: 'text', width: 24 },
        ],
        rows: v.list.map((x) => ({
          date: x.date,
          caseNumber: x.caseNumber,
          level: x.levelLabel,
          form: x.formLabel,
          headcount: x.headcount,
          units: x.units.join('、'),
        })),
        total: { date: '合计', headcount: v.headcount, caseNumber: `${v.total}次` },
      },
      {
        name: '分类统计',
        title: `${r.title}·分类统计`,
        columns: [
          { header: '分类', key: 'group', kind: 'text', width: 10 },
          { header: '项目', key: 'item', kind: 'text', width: 20 },
          { header: '次数', key: 'count', kind: 'int', width: 10 },
        ],
        rows: [
          ...v.byLevel.map((x) => ({ group: '按层级', item: x.label, count: x.count })),
          ...v.byForm.map((x) => ({ group: '按形式', item: x.label, count: x.count })),
          ...v.byUnit.map((x) => ({ group: '按单位', item: x.name, count: x.count })),
        ],
      },
      {
        name: '新增处罚',
        title: `${r.title}·新增处罚`,
        columns: [
          { header: '姓名', key: 'name', kind: 'text', width: 10 },
          { header: '单位', key: 'unitName', kind: 'text' },
          { header: '事项编号', key: 'caseNumber', kind: 'text' },
          { header: '来访日期', key: 'visitDate', kind: 'text', width: 12 },
          { header: '规则', key: 'rowId', kind: 'text', width: 6 },
          { header: '罚款（元）', key: 'amountFen', kind: 'yuan' },
          { header: '处理', key: 'sanctions', kind: 'text' },
          { header: '说明', key: 'explanation', kind: 'text', width: 50 },
        ],
        rows: r.newPenalties.items.map((x) => ({ ...x, sanctions: x.sanctions.join('、') })),
        total: { name: '合计', amountFen: r.newPenalties.totalFen },
      },
    ],
  };
}
