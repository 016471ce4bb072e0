import type { StoreClients } from '../client';
import { bumpVersionCounter } from '../version-counter';

/** One small item per district whose number goes up whenever any of its townships' statistics items is written. */
export const statisticsVersionKey = (districtId: string) => ({ pk: `D#${districtId}#STATS`, sk: 'VERSION' });

/**
 * Marks a district's statistics (month figures, ledger money, backlog rosters) as changed. Called right after each
 * such write, so the next report or comparison anywhere reads them again instead of its cached copy.
 */
export async function bumpStatisticsVersion(store: StoreClients, districtId: string): Promise<void> {
  await bumpVersionCounter(store, statisticsVersionKey(districtId), 'version', 'statistics_version', { districtId });
}
