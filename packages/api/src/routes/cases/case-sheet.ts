import { formatYuan, levelLabel, type CaseType } from '@xinfang/domain';
import type { CaseSummary } from '@xinfang/store';

const CASE_TYPE_LABEL: Record<CaseType, string> = { suggestion: '建议', accusation: '检举控告', appeal: '申诉求决' };

const COLUMNS = [
  { header: '编号', width: 22 },
  { header: '登记日期', width: 12 },
  { header: '类型', width: 10 },
  { header: '分类', width: 14 },
  { header: '事项摘要', width: 40 },
  { header: '来源单位', width: 14 },
  { header: '责任单位', width: 22 },
  { header: '状态', width: 10 },
  { header: '最近来访层级', width: 12 },
  { header: '来访次数', width: 10 },
  { header: '办结期限', width: 12 },
  { header: '办结日期', width: 12 },
  { header: '是否超期', width: 10 },
  { header: '领回费用', width: 12 },
] as const;

export interface SheetCase extends CaseSummary {
  statusLabel: string;
  overdue: boolean;
}

/**
 * The filtered case list as officials print it: one row per case, units by name. No petitioner column: the
 * petitioner's identity never leaves its own item in an export.
 */
export async function caseListXlsx(
  title: string,
  cases: readonly SheetCase[],
  unitNames: Record<string, string>,
): Promise<ArrayBuffer> {
  // Loaded on demand: the Lambda bundle starts without exceljs, which only this export and reports need.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'xinfang';
  const ws = wb.addWorksheet('信访事项', {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:2',
    },
    views: [{ state: 'frozen', ySplit: 2 }],
  });
  ws.columns = COLUMNS.map((c) => ({ width: c.width }));
  const titleRow = ws.addRow([title]);
  titleRow.font = { bold: true, size: 14 };
  ws.mergeCells(1, 1, 1, COLUMNS.length);
  const header = ws.addRow(COLUMNS.map((c) => c.header));
  header.font = { bold: true };
  const unit = (id: string) => unitNames[id] ?? id;
  for (const k of cases) {
    const row = ws.addRow([
      k.number ?? k.id,
      k.registeredOn,
      CASE_TYPE_LABEL[k.caseType],
      k.category,
      k.summary,
      unit(k.originUnitId),
      k.responsibleUnitIds.map(unit).join('、'),
      k.statusLabel,
      k.latestVisitLevel ? levelLabel[k.latestVisitLevel] : '',
      k.visitCount,
      k.resolutionDeadline,
      k.resolvedOn ?? '',
      k.overdue ? '超期' : '',
      formatYuan(k.retrievalCostFen),
    ]);
    row.alignment = { vertical: 'top', wrapText: true };
    if (k.overdue) row.getCell(13).font = { color: { argb: 'FFC00000' }, bold: true };
  }
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer).slice().buffer;
}
