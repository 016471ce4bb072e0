import { CASE_STATUSES, VISIT_LEVELS, type CaseStatus, type VisitLevel } from '../api/case-types';

/** The list's filters, as the URL keeps them (a filtered list can be bookmarked or sent to a colleague). */
export interface CaseFilters {
  status?: CaseStatus;
  level?: VisitLevel;
  unitId?: string;
  /** 'overdue', or due within N working days. */
  deadline?: 'overdue' | `${number}`;
  backlog?: boolean;
  noticed?: boolean;
  q?: string;
}

const pick = <T extends string>(value: string | null, allowed: readonly T[]): T | undefined =>
  allowed.find((a) => a === value);

export function filtersFromParams(params: URLSearchParams): CaseFilters {
  const f: CaseFilters = {};
  const status = pick(params.get('status'), CASE_STATUSES);
  const level = pick(params.get('level'), VISIT_LEVELS);
  const deadline = params.get('deadline');
  if (status) f.status = status;
  if (level) f.level = level;
  const unitId = params.get('unitId');
  if (unitId) f.unitId = unitId;
  if (deadline === 'overdue') f.deadline = 'overdue';
  else if (deadline && /^\d{1,2}$/.test(deadline)) f.deadline = `${Number(deadline)}`;
  if (params.get('backlog') === 'true') f.backlog = true;
  const noticed = params.get('noticed');
  if (noticed === 'true' || noticed === 'false') f.noticed = noticed === 'true';
  const q = params.get('q')?.trim();
  if (q) f.q = q;
  return f;
}

/** The same filters in the page's URL. */
export function paramsFromFilters(f: CaseFilters): URLSearchParams {
  const p = new URLSearchParams();
  if (f.status) p.set('status', f.status);
  if (f.level) p.set('level', f.level);
  if (f.unitId) p.set('unitId', f.unitId);
  if (f.deadline) p.set('deadline', f.deadline);
  if (f.backlog) p.set('backlog', 'true');
  if (f.noticed !== undefined) p.set('noticed', String(f.noticed));
  if (f.q) p.set('q', f.q);
  return p;
}

/** The filters as the API's list, count and export queries take them. */
export function filterQuery(f: CaseFilters): URLSearchParams {
  const p = new URLSearchParams();
  if (f.status) p.set('status', f.status);
  if (f.level) p.set('level', f.level);
  if (f.unitId) p.set('unitId', f.unitId);
  if (f.deadline === 'overdue') p.set('overdue', 'true');
  else if (f.deadline) p.set('dueWithin', f.deadline);
  if (f.backlog) p.set('backlog', 'true');
  if (f.noticed !== undefined) p.set('noticed', String(f.noticed));
  if (f.q) p.set('q', f.q);
  return p;
}
