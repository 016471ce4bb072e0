import { sortSanctions } from '@xinfang/domain';
import type { ReportDataWithLines } from './report-data';
import { reportKpis } from './report-kpis';
import type { AnnualReport } from './report-schemas';
import type { ReportDocument } from './sheet';
import { visitFigures } from './visit-figures';
import { sanctionNames } from './weekly';

/** 年汇总: per unit and person, fines (net of reversals), rewards and vetoes of the year; targets against the previous year. */
export function annualReport(d: ReportDataWithLines, year: number): AnnualReport {
  const visits = visitFigures(d.visits, d.unitName);
  const unitIds = new Set([...d.org.units.map((u) => u.id), ...d.money.units.map((u) => u.unitId)]);
  const byUnit = [...unitIds].sort().map((unitId) => {
    const u = d.money.units.find((x) => x.unitId === unitId);
    return {
      unitId,
      name: d.unitName(unitId),
      visits: visits.byUnit.find((x) => x.unitId === unitId)?.count ?? 0,
      finesFen: u?.finesFen ?? 0,
      rewardsFen: u?.rewardsFen ?? 0,
      retrievalTasks: u?.retrievalTasks ?? 0,
      vetoed: u?.vetoed ?? false,
    };
  });
  const byPerson = d.money.persons.map((p) => ({
    personId: p.personId,
    name: p.name,
    fineCount: p.fineCount,
    finesFen: p.finesFen,
    rewardsFen: p.rewardsFen,
    sanctions: sanctionNames(sortSanctions(p.sanctions)),
    vetoed: p.vetoed,
  }));
  const kpis = reportKpis(d);
  return {
    title: `${d.org.township.name}${year}年度信访工作汇总`,
    year,
    byUnit,
    byPerson,
    totals: {
      visits: visits.total,
      finesFen: d.money.finesFen,
      rewardsFen: d.money.rewardsFen,
      vetoes: d.money.vetoes,
    },
    targets: {
      visits: {
        ...kpis.vsPreviousYear.visits,
        targetReductionPct: d.rules.targets.visitReductionPct,
        targetVisits: kpis.vsTarget.targetVisits,
        met: kpis.vsTarget.met,
      },
      backlog: {
        required: d.rules.targets.backlogZero,
        openAtEnd: kpis.backlog.openAtEnd,
        clearedInYear: kpis.backlog.clearedInPeriod,
        met: kpis.backlog.clearedToZero,
      },
      modelTownship: { required: d.rules.targets.modelTownship },
    },
    kpis,
  };
}

const yesNo = (b: boolean | null) => (b === null ? '无上年数据' : b ? '是' : '否');

export function annualSheets(r: AnnualReport): ReportDocument {
  const v = r.targets.visits;
  return {
    fileName: `年汇总_${r.year}`,
    sheets: [
      {
        name: '单位汇总',
        title: `${r.title}·单位`,
        columns: [
          { header: '单位', key: 'name', kind: 'text', width: 20 },
          { header: '来访（次）', key: 'visits', kind: 'int' },
          { header: '罚款（元）', key: 'finesFen', kind: 'yuan' },
          { header: '奖励（元）', key: 'rewardsFen', kind: 'yuan' },
          { header: '领回任务', key: 'retrievalTasks', kind: 'int' },
          { header: '一票否决', key: 'vetoed', kind: 'text', width: 10 },
        ],
        rows: r.byUnit.map((u) => ({ ...u, vetoed: u.vetoed ? '是' : '' })),
        total: {
          name: '合计',
          visits: r.totals.visits,
          finesFen: r.totals.finesFen,
          rewardsFen: r.byUnit.reduce((s, u) => s + u.rewardsFen, 0),
        },
      },
      {
        name: '个人汇总',
        title: `${r.title}·个人`,
        columns: [
          { header: '姓名', key: 'name', kind: 'text', width: 10 },
          { header: '罚款（次）', key: 'fineCount', kind: 'int' },
          { header: '罚款（元）', key: 'finesFen', kind: 'yuan' },
          { header: '奖励（元）', key: 'rewardsFen', kind: 'yuan' },
          { header: '处理', key: 'sanctions', kind: 'text', width: 30 },
          { header: '一票否决', key: 'vetoed', kind: 'text', width: 10 },
        ],
        rows: r.byPerson.map((p) => ({ ...p, sanctions: p.sanctions.join('、'), vetoed: p.vetoed ? '是' : '' })),
        total: {
          name: '合计',
          finesFen: r.byPerson.reduce((s, p) => s + p.finesFen, 0),
          rewardsFen: r.byPerson.reduce((s, p) => s + p.rewardsFen, 0),
        },
      },
      {
        name: '目标考核',
        title: `${r.title}·目标考核`,
        columns: [
          { header: '目标', key: 'item', kind: 'text', width: 28 },
          { header: '实际', key: 'actual', kind: 'text', width: 30 },
          { header: '是否完成', key: 'met', kind: 'text', width: 12 },
        ],
        rows: [
          {
            item: `来访同比下降${v.targetReductionPct}%`,
            actual: `${r.year}年${v.current}次，上年${v.previous}次${v.targetVisits === null ? '' : `（目标不超过${v.targetVisits}次）`}`,
            met: yesNo(v.met),
          },
          ...(r.targets.backlog.required
            ? [
                {
                  item: '积案清零',
                  actual: `年末未化解${r.targets.backlog.openAtEnd}件，全年化解${r.targets.backlog.clearedInYear}件`,
                  met: yesNo(r.targets.backlog.met),
                },
              ]
            : []),
          ...(r.targets.modelTownship.required
            ? [{ item: '创建信访工作模范乡镇', actual: '由区、市评定', met: '—' }]
            : []),
        ],
      },
    ],
  };
}
