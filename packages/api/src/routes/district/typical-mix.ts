import type { VisitForm, VisitLevel } from '@xinfang/domain';
import type { DistrictMonth } from '@xinfang/store';

/** Repeats at or above this are counted together: every default row's answer is the same from here on. */
export const MIX_REPEATS_CAP = 4;

export interface MixCell {
  level: VisitLevel;
  form: VisitForm;
  repeats: number;
  count: number;
}

/**
 * The district's visits of the period by level, form and repeats, from the month items' visit lists (case and
 * unit ids only). Repeats count a case's earlier visits at the same level *within the period*, so a case whose
 * first visits came before it is counted low: the mix is a typical one to price rules with, not a ledger.
 */
export function typicalMix(months: ReadonlyMap<string, DistrictMonth>): MixCell[] {
  const seen = new Map<string, number>();
  const cells = new Map<string, MixCell>();
  const ordered = [...months.keys()].sort();
  for (const month of ordered)
    for (const stats of months.get(month)?.stats ?? [])
      for (const v of [...stats.visits.list].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0))) {
        const key = `${stats.townshipId}|${v.caseId}|${v.level}`;
        const earlier = seen.get(key) ?? 0;
        seen.set(key, earlier + 1);
        const repeats = Math.min(earlier, MIX_REPEATS_CAP);
        const cellKey = `${v.form}|${v.level}|${repeats}`;
        const cell = cells.get(cellKey) ?? { level: v.level, form: v.form, repeats, count: 0 };
        cell.count += 1;
        cells.set(cellKey, cell);
      }
  const levels: VisitLevel[] = ['township', 'district', 'city', 'province', 'national'];
  return [...cells.values()].sort(
    (a, b) =>
      a.form.localeCompare(b.form) || levels.indexOf(a.level) - levels.indexOf(b.level) || a.repeats - b.repeats,
  );
}
