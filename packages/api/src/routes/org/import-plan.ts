import { createHash } from 'node:crypto';
import { validateOrg, type Org, type Person, type Unit, type UnitKind } from '@xinfang/domain';
import {
  PERSON_COLUMNS,
  PERSON_SHEET,
  UNIT_COLUMNS,
  UNIT_SHEET,
  type ImportWorkbook,
  type SheetRow,
} from './import-sheet';

export interface RowError {
  sheet: string;
  /** The Excel row number (the header is row 1). */
  row: number;
  /** Column letter and header, e.g. `B` and `类型（办事处/村/部门）`. */
  column: string;
  field: string;
  message: string;
}

export type RowAction = 'create' | 'exists';
export interface UnitRow {
  row: number;
  name: string;
  kind: UnitKind;
  officeName?: string;
  population: number;
  action: RowAction;
}
export interface PersonRow {
  row: number;
  name: string;
  title?: string;
  leadingCadre: boolean;
  financePaid: boolean;
  action: RowAction;
}

export interface ImportPlan {
  units: UnitRow[];
  people: PersonRow[];
  errors: RowError[];
  problems: string[];
  /** What a commit writes: only records not already there (so committing twice writes nothing the second time). */
  newUnits: Unit[];
  newPeople: Person[];
}

const KINDS: Record<string, UnitKind> = { 办事处: 'office', 村: 'village', 部门: 'department' };
const YES_NO: Record<string, boolean> = { 是: true, 否: false };
const LETTERS = 'ABCD';
/** Deterministic ids: the same name always gets the same id, so a retried commit cannot create a twin. */
const idOf = (kind: string, name: string) =>
  `${kind}-${createHash('sha256').update(`${kind}|${name}`).digest('hex').slice(0, 12)}`;

/** Checks every row of the workbook against the township's org and plans what a commit would add. Pure. */
export function planImport(org: Org, book: ImportWorkbook): ImportPlan {
  const errors: RowError[] = [];
  const err = (sheet: string, headers: readonly string[]) => (row: number, col: number, message: string) =>
    errors.push({ sheet, row, column: LETTERS[col] ?? '', field: headers[col] ?? '', message });
  const units = planUnits(org, book.units, err(UNIT_SHEET, UNIT_COLUMNS));
  const people = planPeople(org, book.people, err(PERSON_SHEET, PERSON_COLUMNS));
  const plan = {
    units: units.rows,
    people: people.rows,
    errors,
    problems: [...book.problems],
    newUnits: units.fresh,
    newPeople: people.fresh,
  };
  if (errors.length === 0 && plan.problems.length === 0) wholeCheck(org, plan);
  return plan;
}

type Report = (row: number, col: number, message: string) => void;

function planUnits(org: Org, rows: SheetRow[], reportAny: Report): { rows: UnitRow[]; fresh: Unit[] } {
  const bad = new Set<number>();
  const report: Report = (row, col, message) => {
    bad.add(row);
    reportAny(row, col, message);
  };
  const existing = new Map(org.units.map((u) => [u.name, u]));
  const seen = new Map<string, number>();
  const offices = new Map(org.units.filter((u) => u.kind === 'office').map((u) => [u.name, u.id]));
  const officeRows = new Map<string, number>();
  const parsed: { r: SheetRow; name: string; kind?: UnitKind; officeName: string; population: number }[] = [];
  for (const r of rows) {
    const [name = '', kindText = '', officeName = '', populationText = ''] = r.cells;
    if (name === '') report(r.row, 0, '单位名称不能为空');
    else if (name.length > 100) report(r.row, 0, '单位名称不超过100字');
    else if (seen.has(name)) report(r.row, 0, `与第 ${seen.get(name)} 行重名`);
    else seen.set(name, r.row);
    const kind = KINDS[kindText];
    if (!kind) report(r.row, 1, `类型应为“办事处”“村”或“部门”，不是“${kindText}”`);
    const population = populationText === '' ? 0 : Number(populationText);
    if (!Number.isInteger(population) || population < 0) report(r.row, 3, '人口应为不小于0的整数');
    if (kind === 'office' && name !== '' && !offices.has(name)) {
      offices.set(name, idOf('unit', name));
      officeRows.set(name, r.row);
    }
    parsed.push({ r, name, ...(kind ? { kind } : {}), officeName, population });
  }
  const out: UnitRow[] = [];
  const fresh: Unit[] = [];
  for (const { r, name, kind, officeName, population } of parsed) {
    if (!kind || bad.has(r.row)) continue;
    let officeId: string | undefined;
    if (kind === 'village') {
      if (officeName === '') report(r.row, 2, '村必须填写所属办事处');
      else if (!offices.has(officeName)) report(r.row, 2, `没有名为“${officeName}”的办事处（本表和现有组织中都没有）`);
      else if (bad.has(officeRows.get(officeName) ?? -1))
        report(r.row, 2, `办事处“${officeName}”所在行有误，请先改正该行`);
      else officeId = offices.get(officeName);
    } else if (officeName !== '') report(r.row, 2, '只有村填写所属办事处');
    const before = existing.get(name);
    if (
      before &&
      (before.kind !== kind || (kind === 'village' && officeId !== undefined && before.officeId !== officeId))
    ) {
      report(r.row, 0, `已有同名单位“${name}”，类型或所属办事处不同`);
    }
    if (bad.has(r.row)) continue;
    const action: RowAction = before ? 'exists' : 'create';
    out.push({ row: r.row, name, kind, ...(officeName ? { officeName } : {}), population, action });
    if (action === 'create') {
      fresh.push({ id: idOf('unit', name), name, kind, ...(officeId ? { officeId } : {}), population });
    }
  }
  return { rows: out, fresh };
}

function planPeople(org: Org, rows: SheetRow[], report: Report): { rows: PersonRow[]; fresh: Person[] } {
  const existing = new Set(org.people.map((p) => p.name));
  const seen = new Map<string, number>();
  const out: PersonRow[] = [];
  const fresh: Person[] = [];
  for (const r of rows) {
    const [name = '', title = '', cadreText = '', paidText = ''] = r.cells;
    let bad = false;
    const mark = (col: number, message: string) => {
      bad = true;
      report(r.row, col, message);
    };
    if (name === '') mark(0, '姓名不能为空');
    else if (name.length > 100) mark(0, '姓名不超过100字');
    else if (seen.has(name)) mark(0, `与第 ${seen.get(name)} 行重名；同名的人请在姓名后加以区分`);
    else seen.set(name, r.row);
    const leadingCadre = YES_NO[cadreText || '否'];
    if (leadingCadre === undefined) mark(2, `应填“是”或“否”，不是“${cadreText}”`);
    const financePaid = YES_NO[paidText];
    if (financePaid === undefined)
      mark(3, paidText === '' ? '请填写“是”或“否”（决定罚款缴纳期限）' : `应填“是”或“否”，不是“${paidText}”`);
    if (bad || leadingCadre === undefined || financePaid === undefined) continue;
    const action: RowAction = existing.has(name) ? 'exists' : 'create';
    out.push({ row: r.row, name, ...(title ? { title } : {}), leadingCadre, financePaid, action });
    if (action === 'create')
      fresh.push({ id: idOf('person', name), name, ...(title ? { title } : {}), leadingCadre, financePaid });
  }
  return { rows: out, fresh };
}

/** The org with the new records must pass the same checks as a single edit; whatever fails is a whole-file problem. */
function wholeCheck(org: Org, plan: ImportPlan): void {
  const known = new Set(validateOrg(org).map((i) => `${i.code}|${i.message}`));
  const after: Org = { ...org, units: [...org.units, ...plan.newUnits], people: [...org.people, ...plan.newPeople] };
  for (const issue of validateOrg(after)) {
    if (issue.severity === 'error' && !known.has(`${issue.code}|${issue.message}`)) plan.problems.push(issue.message);
  }
}
