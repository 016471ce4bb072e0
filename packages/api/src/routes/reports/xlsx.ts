import type ExcelJS from 'exceljs';
import type { ReportDocument, Sheet, SheetColumn, SheetValue } from './sheet';

const FORMATS: Record<SheetColumn['kind'], string | undefined> = {
  text: undefined,
  int: '0',
  yuan: '#,##0.00',
  pct: '0.0%',
};
/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. */
const safeName = (name: string) => name.replace(/[:\\/?*[\]]/g, '·').slice(0, 31);

/** Fen to a yuan number: integer arithmetic first, one division at the end, so 1005 fen is exactly 10.05. */
const toYuan = (fen: number) => Math.trunc(fen) / 100;

function cellValue(col: SheetColumn, v: SheetValue | undefined): string | number | null {
  if (v === null || v === undefined) return null;
  if (col.kind === 'yuan' && typeof v === 'number') return toYuan(v);
  return v;
}

function addSheet(wb: ExcelJS.Workbook, sheet: Sheet): void {
  const ws = wb.addWorksheet(safeName(sheet.name), {
    // A4 (paperSize 9), fitted to the page width, title and header rows repeated on every printed page.
    pageSetup: {
      paperSize: 9,
      orientation: sheet.columns.length > 6 ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:2',
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '第 &P 页，共 &N 页' },
    views: [{ state: 'frozen', ySplit: 2 }],
  });
  ws.columns = sheet.columns.map((c) => ({ key: c.key, width: c.width ?? (c.kind === 'text' ? 18 : 12) }));
  const title = ws.addRow([sheet.title]);
  title.font = { bold: true, size: 14 };
  ws.mergeCells(1, 1, 1, Math.max(1, sheet.columns.length));
  title.alignment = { horizontal: 'center' };
  const header = ws.addRow(sheet.columns.map((c) => c.header));
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8E8E8' } };
    cell.border = { bottom: { style: 'thin' } };
    cell.alignment = { horizontal: 'center', wrapText: true };
  });
  const write = (values: Record<string, SheetValue>, bold = false) => {
    const row = ws.addRow(sheet.columns.map((c) => cellValue(c, values[c.key])));
    sheet.columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      const fmt = FORMATS[c.kind];
      if (fmt) cell.numFmt = fmt;
      if (c.kind === 'text') cell.alignment = { wrapText: true, vertical: 'top' };
    });
    if (bold) row.font = { bold: true };
  };
  for (const r of sheet.rows) write(r);
  if (sheet.total) write(sheet.total, true);
}

/** The report as an .xlsx workbook, one worksheet per table. */
export async function toXlsx(doc: ReportDocument): Promise<ArrayBuffer> {
  // Loaded on the first export only: exceljs is most of the bundle and of a cold start, and few requests need it.
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  wb.creator = 'xinfang';
  for (const sheet of doc.sheets) addSheet(wb, sheet);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer).slice().buffer;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** `filename*=` carries the Chinese name (RFC 5987); `filename=` an ASCII fallback for old clients. */
export function attachment(fileName: string): string {
  return `attachment; filename="report.xlsx"; filename*=UTF-8''${encodeURIComponent(`${fileName}.xlsx`)}`;
}
