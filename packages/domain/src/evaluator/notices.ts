import type { VisitState } from '../case';
import type { VisitLevel } from '../model';
import { levelRank } from '../rules';

/** 通报 by `minLevel` or a higher level, whenever recorded: a notice that arrives later still lifts the halving. */
export function noticedAtLeast(visit: Pick<VisitState, 'notices'>, minLevel: VisitLevel): boolean {
  return visit.notices.some((n) => levelRank(n.level) >= levelRank(minLevel));
}
