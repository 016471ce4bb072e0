import type { Ledger } from '@xinfang/domain';

export interface UnitDiff {
  unitId: string;
  name: string;
  beforeFen: number;
  afterFen: number;
  deltaFen: number;
}

/**
 * Fines per unit (the fines of the persons it charged, as the ledger's unit totals count them) before and after,
 * for every unit fined in either ledger, sorted by unit id. Pure: the what-if route's per-unit view.
 */
export function diffUnitTotals(before: Ledger, after: Ledger): UnitDiff[] {
  const units = new Map<string, UnitDiff>();
  const get = (unitId: string, name: string) => {
    const cur = units.get(unitId) ?? { unitId, name, beforeFen: 0, afterFen: 0, deltaFen: 0 };
    units.set(unitId, cur);
    return cur;
  };
  for (const u of before.totals.byUnit) if (u.finesFen !== 0) get(u.unitId, u.name).beforeFen = u.finesFen;
  for (const u of after.totals.byUnit) if (u.finesFen !== 0) get(u.unitId, u.name).afterFen = u.finesFen;
  return [...units.values()]
    .map((u) => ({ ...u, deltaFen: u.afterFen - u.beforeFen }))
    .sort((a, b) => (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0));
}
