import type { StoreClients } from '../client';
import { bumpVersionCounter } from '../version-counter';

/** One small item per township whose number goes up whenever its fold settings change (a rule version, a calendar override). */
export const settingsVersionKey = (tenantId: string) => ({ pk: `T#${tenantId}#SETTINGS`, sk: 'VERSION' });

/**
 * Marks the township's fold settings as changed. Called right after a rule version is written and after a
 * calendar override is set or removed, so the next case read anywhere reloads them.
 */
export async function bumpSettingsVersion(store: StoreClients, tenantId: string): Promise<void> {
  await bumpVersionCounter(store, settingsVersionKey(tenantId), 'version', 'settings_version', { tenantId });
}

/**
 * Marks the township's org chart (units, people, assignments) as changed, on the same version item under its own
 * attribute: a case read or report gets both numbers with one GetItem and reloads only what moved.
 */
export async function bumpOrgVersion(store: StoreClients, tenantId: string): Promise<void> {
  await bumpVersionCounter(store, settingsVersionKey(tenantId), 'orgVersion', 'settings_version', { tenantId });
}
