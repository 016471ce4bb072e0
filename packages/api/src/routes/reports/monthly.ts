import type { ReportData } from './report-data';
import { reportKpis } from './report-kpis';
import type { MonthlyReport } from './report-schemas';
import type { ReportDocument } from './sheet';
import { visitFigures } from './visit-figures';

const rateText = (r: { value: number | null; numerator: number; denominator: number }) =>
  r.value === null ? '—' : `${r.numerator}/${r.denominator}`;

/** 月小结: the month's figures and the township KPIs (resolution quality first). */
export function monthlyReport(d: ReportData, month: string): MonthlyReport {
  const visits = visitFigures(d.visits, d.unitName);
  const fines = d.totals.unitFinesFen;
  const unitIds = new Set([
    ...visits.byUnit.map((u) => u.unitId),
    ...Object.keys(fines).filter((unitId) => fines[unitId] !== 0),
  ]);
  const kpis = reportKpis(d);
  const byUnit = [...unitIds].sort().map((unitId) => ({
    unitId,
    name: d.unitName(unitId),
    visits: visits.byUnit.find((u) => u.unitId === unitId)?.count ?? 0,
    finesFen: fines[unitId] ?? 0,
  }));
  return {
    title: `${d.org.township.name}信访工作月小结（${month.replace('-', '年')}月）`,
    month,
    period: d.period,
    figures: {
      casesRegistered: kpis.casesRegistered,
      casesResolved: kpis.casesResolved,
      visits,
      fines: { count: d.totals.fines, totalFen: d.totals.finesFen },
      rewardsFen: d.totals.rewardsFen,
      vetoes: d.totals.vetoes,
      retrievalTasks: d.totals.tasks,
      byUnit,
    },
    kpis,
  };
}

export function monthlySheets(r: MonthlyReport): ReportDocument {
  const f = r.figures;
  const k = r.kpis;
  return {
    fileName: `月小结_${r.month}`,
    sheets: [
      {
        name: '本月情况',
        title: r.title,
        columns: [
          { header: '项目', key: 'item', kind: 'text', width: 28 },
          { header: '数值', key: 'value', kind: 'int', width: 14 },
          { header: '金额（元）', key: 'fen', kind: 'yuan', width: 14 },
        ],
        rows: [
          { item: '新登记信访事项', value: f.casesRegistered },
          { item: '办结信访事项', value: f.casesResolved },
          { item: '来访（次）', value: f.visits.total },
          { item: '来访（人次）', value: f.visits.headcount },
          ...f.visits.byLevel.map((x) => ({ item: `其中${x.label}`, value: x.count })),
          ...f.visits.byForm.map((x) => ({ item: `其中${x.label}`, value: x.count })),
          { item: '罚款（人次）', value: f.fines.count, fen: f.fines.totalFen },
          { item: '奖励', value: null, fen: f.rewardsFen },
          { item: '一票否决', value: f.vetoes },
          { item: '领回办结任务', value: f.retrievalTasks },
        ],
      },
      {
        name: '按单位',
        title: `${r.title}·按单位`,
        columns: [
          { header: '单位', key: 'name', kind: 'text', width: 20 },
          { header: '来访（次）', key: 'visits', kind: 'int' },
          { header: '罚款（元）', key: 'finesFen', kind: 'yuan' },
        ],
        rows: f.byUnit,
        total: { name: '合计', finesFen: f.fines.totalFen },
      },
      {
        name: '考核指标',
        title: `${r.title}·考核指标`,
        columns: [
          { header: '指标', key: 'item', kind: 'text', width: 28 },
          { header: '比率', key: 'rate', kind: 'pct', width: 12 },
          { header: '说明', key: 'note', kind: 'text', width: 24 },
        ],
        rows: [
          { item: '按期办结率', rate: k.onTimeResolution.value, note: rateText(k.onTimeResolution) },
          { item: '群众满意率', rate: k.satisfaction.value, note: rateText(k.satisfaction) },
          { item: '越级上访率', rate: k.escalation.value, note: rateText(k.escalation) },
          { item: '重复访率', rate: k.repeat.value, note: rateText(k.repeat) },
          {
            item: '来访同比变化',
            rate: k.vsPreviousYear.visits.change,
            note: `本期${k.vsPreviousYear.visits.current}次，去年同期${k.vsPreviousYear.visits.previous}次`,
          },
          {
            item: '积案（期末未化解）',
            rate: null,
            note: `${k.backlog.openAtEnd}件${k.backlog.clearedToZero ? '（已清零）' : ''}`,
          },
        ],
      },
    ],
  };
}
