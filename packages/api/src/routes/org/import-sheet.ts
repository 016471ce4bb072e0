import type { Workbook, Worksheet } from 'exceljs';

/**
 * The org import workbook: sheet 单位 (name, kind, office, population) and sheet 人员 (name, title, leading cadre,
 * paid by township finance). Header on row 1, data from row 2. exceljs is loaded on first use only, so the API's
 * cold start does not pay for it.
 */
export const UNIT_SHEET = '单位';
export const PERSON_SHEET = '人员';
export const UNIT_COLUMNS = ['单位名称', '类型（办事处/村/部门）', '所属办事处（村必填）', '人口'] as const;
export const PERSON_COLUMNS = ['姓名', '职务', '科级干部（是/否）', '工资由镇财政发放（是/否）'] as const;
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** More rows than any township has units or staff; keeps one request's work bounded. */
export const MAX_ROWS = 2000;

/** One data row as text cells, with its Excel row number. */
export interface SheetRow {
  row: number;
  cells: string[];
}

export interface ImportWorkbook {
  units: SheetRow[];
  people: SheetRow[];
  /** Whole-file problems (not a workbook, a sheet missing, too many rows). */
  problems: string[];
}

const loadExcel = async () => (await import('exceljs')).default;

export async function templateWorkbook(): Promise<Buffer> {
  const ExcelJS = await loadExcel();
  const wb = new ExcelJS.Workbook();
  const units = wb.addWorksheet(UNIT_SHEET);
  units.addRow([...UNIT_COLUMNS]);
  units.addRow(['东片办事处', '办事处', '', 9000]);
  units.addRow(['东村', '村', '东片办事处', 1200]);
  units.addRow(['民政办', '部门', '', '']);
  const people = wb.addWorksheet(PERSON_SHEET);
  people.addRow([...PERSON_COLUMNS]);
  people.addRow(['张书记', '东村党支部书记', '否', '否']);
  people.addRow(['刘镇长', '副镇长', '是', '是']);
  for (const ws of [units, people]) {
    ws.getRow(1).font = { bold: true };
    ws.columns.forEach((col) => (col.width = 24));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function readWorkbook(data: Buffer): Promise<ImportWorkbook> {
  const ExcelJS = await loadExcel();
  const wb: Workbook = new ExcelJS.Workbook();
  try {
    // exceljs's Buffer type predates Node's generic Buffer; the bytes are what it reads.
    await wb.xlsx.load(data as unknown as Parameters<typeof wb.xlsx.load>[0]);
  } catch {
    return { units: [], people: [], problems: ['文件不是有效的 Excel（.xlsx）工作簿'] };
  }
  const problems: string[] = [];
  const read = (name: string, width: number): SheetRow[] => {
    const ws = wb.getWorksheet(name);
    if (!ws) {
      problems.push(`缺少工作表“${name}”，请使用下载的模板`);
      return [];
    }
    const rows = dataRows(ws, width);
    if (rows.length > MAX_ROWS) problems.push(`工作表“${name}”超过 ${MAX_ROWS} 行，请分批导入`);
    return rows.slice(0, MAX_ROWS);
  };
  const units = read(UNIT_SHEET, UNIT_COLUMNS.length);
  const people = read(PERSON_SHEET, PERSON_COLUMNS.length);
  return { units, people, problems };
}

/** Rows 2.. with any text, each as `width` trimmed strings (a blank row is skipped, as a person would expect). */
function dataRows(ws: Worksheet, width: number): SheetRow[] {
  const rows: SheetRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, number) => {
    if (number === 1) return;
    const cells = Array.from({ length: width }, (_, i) => row.getCell(i + 1).text.trim());
    if (cells.some((c) => c !== '')) rows.push({ row: number, cells });
  });
  return rows;
}
