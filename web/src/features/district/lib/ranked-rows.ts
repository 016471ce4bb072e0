import type { Comparison, TownshipFigures } from '../api/types';

export interface RankedTownship {
  figures: TownshipFigures;
  /** null: left out of the ranking, `reason` says why. */
  rank: number | null;
  reason?: string;
}

/** The table's order: ranked townships by rank (resolution quality first), then those left out, by name. */
export function rankedRows(c: Comparison): RankedTownship[] {
  const byId = new Map(c.townships.map((t) => [t.townshipId, t]));
  const ranked = c.rankings.ranked.flatMap((r) => {
    const figures = byId.get(r.townshipId);
    return figures ? [{ figures, rank: r.rank }] : [];
  });
  const excluded = c.rankings.excluded
    .flatMap((e) => {
      const figures = byId.get(e.townshipId);
      return figures ? [{ figures, rank: null, reason: e.reason }] : [];
    })
    .sort((a, b) => a.figures.name.localeCompare(b.figures.name, 'zh-CN'));
  return [...ranked, ...excluded];
}
