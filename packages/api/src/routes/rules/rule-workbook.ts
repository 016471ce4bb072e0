import type { PenaltyRow } from '@xinfang/domain';
import { RuleSet, type Sanction } from '@xinfang/domain';
import type { Workbook, Worksheet } from 'exceljs';
import { clausesText, parseClauses, parseSanctions, sanctionsText } from './rule-workbook-text';

export const TABLE_SHEET = '处罚标准';
export const SETTINGS_SHEET = '其他设置';
const FIRST_ROW = 4;

/** The table's columns, as the seed prints them, then what the import needs to give the same version back. */
const COLUMNS = [
  { header: '编号', width: 8 },
  { header: '情形', width: 34 },
  { header: '适用访别', width: 34 },
  { header: '重复次数（下限）', width: 10 },
  { header: '重复次数（上限，空为及以上）', width: 12 },
  { header: '办事处（部门）主要责任人（元）', width: 14 },
  { header: '村主要责任人（元）', width: 12 },
  { header: '科级干部（同办事处金额）', width: 12 },
  { header: '追责', width: 16 },
  { header: '办结不及时另加', width: 14 },
  { header: '影响恶劣另加', width: 14 },
  { header: '领回办结期限（日）', width: 12 },
] as const;

const SETTINGS = [
  ['repeatCounting', '重复访计次'],
  ['collectiveThreshold', '集体访人数'],
  ['deadlines', '办理期限'],
  ['modifiers', '修正（未通报减半、办结不及时、逾期未整改）'],
  ['veto', '一票否决'],
  ['rewards', '奖励（金额单位：分）'],
  ['payment', '罚款缴纳'],
  ['targets', '工作目标'],
  ['routines', '工作制度'],
] as const;

const yuan = (fen: number | undefined) => (fen === undefined ? null : Math.trunc(fen) / 100);

/** The version as a workbook that reads like the seed's table: title, header, one row per rule; settings on a second sheet. */
export async function ruleSetWorkbook(ruleSet: RuleSet, effectiveFrom: string): Promise<ArrayBuffer> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'xinfang';
  const ws = wb.addWorksheet(TABLE_SHEET, {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '3:3',
    },
    views: [{ state: 'frozen', ySplit: 3 }],
  });
  ws.columns = COLUMNS.map((c) => ({ width: c.width }));
  ws.addRow([ruleSet.name]).font = { bold: true, size: 14 };
  ws.mergeCells(1, 1, 1, COLUMNS.length);
  ws.getCell(1, 1).alignment = { horizontal: 'center' };
  ws.addRow([`自${effectiveFrom}起施行；金额为每人每次（元）`]);
  ws.mergeCells(2, 1, 2, COLUMNS.length);
  const header = ws.addRow(COLUMNS.map((c) => c.header));
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8E8E8' } };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  for (const r of ruleSet.penaltyRows) {
    const row = ws.addRow([
      r.id,
      r.label,
      clausesText(r.match),
      r.repeats.min,
      r.repeats.max ?? null,
      yuan(r.amounts?.officeHeadFen),
      yuan(r.amounts?.villageHeadFen),
      r.chargesLeadingCadres ? '是' : '否',
      sanctionsText(r.sanctions),
      sanctionsText(r.lateSanctions),
      r.lateSeriousSanctions ? sanctionsText(r.lateSeriousSanctions) : '',
      r.retrievalTask?.deadlineDays ?? null,
    ]);
    row.alignment = { vertical: 'top', wrapText: true };
    row.getCell(6).numFmt = '#,##0.##';
    row.getCell(7).numFmt = '#,##0.##';
  }
  const settings = wb.addWorksheet(SETTINGS_SHEET);
  settings.columns = [{ width: 36 }, { width: 22 }, { width: 100 }];
  settings.addRow(['项目', '键', '值（JSON）']).font = { bold: true };
  for (const [key, label] of SETTINGS) {
    const value = ruleSet[key];
    if (value !== undefined) settings.addRow([label, key, JSON.stringify(value)]);
  }
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer).slice().buffer;
}

export interface CellError {
  sheet: string;
  /** "F7" */
  cell: string;
  message: string;
}

const text = (ws: Worksheet, row: number, col: number): string => {
  const v = ws.getCell(row, col).value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'richText' in v)
    return v.richText
      .map((t) => t.text)
      .join('')
      .trim();
  return String(v).trim();
};
const address = (row: number, col: number) => `${String.fromCharCode(64 + col)}${row}`;

/**
 * A rule set from a workbook of this shape; the draft's id and effective date are kept. Every cell that cannot be
 * read is reported with its address, and nothing is returned then.
 */
export async function parseRuleSetWorkbook(
  bytes: Uint8Array,
  base: RuleSet,
): Promise<{ ruleSet: RuleSet } | { errors: CellError[] }> {
  const { default: ExcelJS } = await import('exceljs');
  const wb: Workbook = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes.slice().buffer);
  } catch {
    return { errors: [{ sheet: '', cell: '', message: '无法读取文件：应为本系统导出的 Excel 工作簿（.xlsx）' }] };
  }
  const ws = wb.getWorksheet(TABLE_SHEET);
  if (!ws) return { errors: [{ sheet: TABLE_SHEET, cell: '', message: `缺少工作表“${TABLE_SHEET}”` }] };
  const errors: CellError[] = [];
  const fail = (row: number, col: number, message: string) =>
    errors.push({ sheet: TABLE_SHEET, cell: address(row, col), message });
  const int = (row: number, col: number, optional: boolean): number | undefined => {
    const t = text(ws, row, col);
    if (t === '' && optional) return undefined;
    if (!/^\d+$/.test(t)) fail(row, col, optional ? '应为0或正整数，或留空' : '应为0或正整数');
    return Number(t);
  };
  const fen = (row: number, col: number): number | undefined => {
    const t = text(ws, row, col).replace(/,/g, '');
    if (t === '') return undefined;
    const n = Number(t);
    const f = Math.round(n * 100);
    if (!Number.isFinite(n) || n < 0 || Math.abs(n * 100 - f) > 1e-6) fail(row, col, '应为金额（元），最多两位小数');
    return f;
  };
  const sanctions = (row: number, col: number): Sanction[] => {
    const r = parseSanctions(text(ws, row, col));
    if ('error' in r) fail(row, col, r.error);
    return 'error' in r ? [] : r.sanctions;
  };
  const rows: PenaltyRow[] = [];
  for (let r = FIRST_ROW; r <= ws.rowCount; r += 1) {
    const id = text(ws, r, 1);
    if (id === '' && text(ws, r, 3) === '') continue;
    const clauses = parseClauses(text(ws, r, 3));
    if ('error' in clauses) fail(r, 3, clauses.error);
    const min = int(r, 4, false) ?? 0;
    const max = int(r, 5, true);
    const office = fen(r, 6);
    const village = fen(r, 7);
    const cadres = text(ws, r, 8);
    if (cadres !== '是' && cadres !== '否') fail(r, 8, '应为“是”或“否”');
    const serious = text(ws, r, 11);
    const days = int(r, 12, true);
    if (id === '') fail(r, 1, '编号不能为空');
    if (text(ws, r, 2) === '') fail(r, 2, '情形不能为空');
    rows.push({
      id,
      label: text(ws, r, 2),
      match: 'error' in clauses ? [] : clauses.match,
      repeats: max === undefined ? { min } : { min, max },
      ...(office !== undefined || village !== undefined
        ? { amounts: { officeHeadFen: office ?? 0, villageHeadFen: village ?? 0 } }
        : {}),
      sanctions: sanctions(r, 9),
      chargesLeadingCadres: cadres === '是',
      ...(days !== undefined ? { retrievalTask: { deadlineDays: days } } : {}),
      lateSanctions: sanctions(r, 10),
      ...(serious !== '' ? { lateSeriousSanctions: sanctions(r, 11) } : {}),
    });
  }
  if (rows.length === 0)
    errors.push({ sheet: TABLE_SHEET, cell: address(FIRST_ROW, 1), message: '处罚标准没有任何一行' });

  const settings: Record<string, unknown> = {};
  const sheet = wb.getWorksheet(SETTINGS_SHEET);
  if (sheet) {
    for (let r = 2; r <= sheet.rowCount; r += 1) {
      const key = text(sheet, r, 2);
      if (key === '') continue;
      if (!SETTINGS.some(([k]) => k === key)) {
        errors.push({ sheet: SETTINGS_SHEET, cell: address(r, 2), message: `未知的设置“${key}”` });
        continue;
      }
      try {
        settings[key] = JSON.parse(text(sheet, r, 3)) as unknown;
      } catch {
        errors.push({ sheet: SETTINGS_SHEET, cell: address(r, 3), message: '不是有效的 JSON' });
      }
    }
  }
  if (errors.length > 0) return { errors };
  const name = text(ws, 1, 1) || base.name;
  const parsed = RuleSet.safeParse({
    ...base,
    ...settings,
    name,
    penaltyRows: rows,
    id: base.id,
    effectiveFrom: base.effectiveFrom,
  });
  if (!parsed.success) {
    // Schema problems name a field of the rule set: map them back to the cell they came from when they can be.
    return {
      errors: parsed.error.issues.map((i) => {
        const [head, index] = i.path;
        if (head === 'penaltyRows' && typeof index === 'number')
          return { sheet: TABLE_SHEET, cell: `${FIRST_ROW + index}行`, message: `${i.path.join('.')}：${i.message}` };
        const row = SETTINGS.findIndex(([k]) => k === head);
        return {
          sheet: SETTINGS_SHEET,
          cell: row >= 0 ? `C${row + 2}` : '',
          message: `${i.path.join('.')}：${i.message}`,
        };
      }),
    };
  }
  return { ruleSet: parsed.data };
}
