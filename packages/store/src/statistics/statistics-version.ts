import type { StoreClients } from '../client';
import { settingsVersionKey } from '../settings/settings-version';
import { bumpVersionCounter } from '../version-counter';

/** One small item per district whose number goes up whenever any of its townships' statistics items is written. */
export const statisticsVersionKey = (districtId: string) => ({ pk: `D#${districtId}#STATS`, sk: 'VERSION' });

/**
 * Marks a district's statistics (month figures, ledger money, backlog rosters) as changed. Called right after each
 * such write, so the next report or comparison anywhere reads them again instead of its cached copy. With the
 * township whose items were written, its own number moves too (`statsVersion` on the township's version item,
 * beside `version` and `orgVersion`): a township's report then reads one version item, not two.
 */
export async function bumpStatisticsVersion(
  store: StoreClients,
  districtId: string,
  townshipId?: string,
): Promise<void> {
  await Promise.all([
    bumpVersionCounter(store, statisticsVersionKey(districtId), 'version', 'statistics_version', { districtId }),
    ...(townshipId
      ? [
          bumpVersionCounter(store, settingsVersionKey(townshipId), 'statsVersion', 'settings_version', {
            tenantId: townshipId,
          }),
        ]
      : []),
  ]);
}
