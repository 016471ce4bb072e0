import type { ReportDocument, SheetColumn, SheetValue } from '../reports/sheet';
import type { DistrictAnnualReport } from './annual-report-schemas';

const text = (header: string, key: string, width = 16): SheetColumn => ({ header, key, kind: 'text', width });
const int = (header: string, key: string): SheetColumn => ({ header, key, kind: 'int' });
const pct = (header: string, key: string): SheetColumn => ({ header, key, kind: 'pct' });
const yuan = (header: string, key: string): SheetColumn => ({ header, key, kind: 'yuan' });

/** The Art. 41 report as a workbook: one worksheet per part, headed as the printed page is. */
export function districtAnnualSheets(r: DistrictAnnualReport): ReportDocument {
  const flat = ({ byLevel, ...row }: DistrictAnnualReport['statistics']['total']): Record<string, SheetValue> => ({
    ...row,
    ...Object.fromEntries(Object.entries(byLevel).map(([l, n]) => [`level_${l}`, n])),
  });
  return {
    fileName: `${r.districtName}${r.year}年度信访工作情况报告`,
    sheets: [
      {
        name: '数据统计',
        title: `${r.title} ${r.headings.statistics}`,
        columns: [
          text('乡镇', 'name'),
          int('登记事项', 'casesRegistered'),
          int('受理', 'casesAccepted'),
          int('办结', 'casesResolved'),
          int('来访（批次）', 'visits'),
          int('人次', 'headcount'),
          int('集体访', 'collective'),
          int('到镇', 'level_township'),
          int('到区', 'level_district'),
          int('到市', 'level_city'),
          int('赴省', 'level_province'),
          int('进京', 'level_national'),
          pct('来访同比', 'visitChange'),
        ],
        rows: r.statistics.townships.map(flat),
        total: flat(r.statistics.total),
      },
      {
        name: '事项较多的单位',
        title: `${r.title} ${r.headings.topUnits}`,
        columns: [
          int('排名', 'rank'),
          text('乡镇', 'townshipName'),
          text('单位', 'unitName'),
          int('信访事项', 'cases'),
          int('来访', 'visits'),
        ],
        rows: r.topUnits,
      },
      {
        name: '转送交办督办',
        title: `${r.title} ${r.headings.transfers}`,
        columns: [
          text('乡镇', 'name'),
          int('转送交办', 'routed'),
          int('受理', 'accepted'),
          int('按期受理', 'acceptedOnTime'),
          int('区级及以上通报（督办）', 'notices'),
          int('领回办结', 'retrievals'),
          yuan('领回费用（元）', 'retrievalCostFen'),
        ],
        rows: r.transfers.townships,
        total: r.transfers.total,
      },
      {
        name: '整改落实',
        title: `${r.title} ${r.headings.rectification}`,
        columns: [
          text('乡镇', 'name'),
          int('办结', 'resolved'),
          int('按期办结', 'resolvedOnTime'),
          pct('按期办结率', 'onTimeResolution'),
          pct('满意率', 'satisfaction'),
          int('年末积案', 'backlogOpenAtEnd'),
          int('化解积案', 'backlogCleared'),
          yuan('罚款（元）', 'finesFen'),
          yuan('奖励（元）', 'rewardsFen'),
          int('一票否决', 'vetoes'),
        ],
        rows: r.rectification.townships,
        total: r.rectification.total,
      },
    ],
  };
}
