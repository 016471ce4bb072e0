import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Org } from '@xinfang/domain';
import type { StoreClients } from '../client';
import { OrgRepository } from '../org/org-repository';
import { VersionedCache } from '../versioned-cache';
import { settingsVersionKey } from './settings-version';
import { loadCaseFoldSettings, type CaseFoldSettings } from './township-settings';

const MAX_ENTRIES = 1_000;

/**
 * The township's version item: `settings` moves with a rule version or calendar override, `org` with an org edit,
 * `statistics` with a write of the township's statistics items (see `bumpStatisticsVersion`).
 */
export interface TownshipVersions {
  settings: number;
  org: number;
  statistics: number;
}

/** The numbers of a version item as read (absent numbers, or no item yet, are 0). */
export function versionsOf(item: Record<string, unknown> | undefined): TownshipVersions {
  const number = (v: unknown) => (typeof v === 'number' ? v : 0);
  return { settings: number(item?.version), org: number(item?.orgVersion), statistics: number(item?.statsVersion) };
}

/**
 * Fold settings (deadlines of every rule version, the calendar) and the org chart for reads, cached per process
 * and versioned: a read gets the township's version item (one GetItem of a tiny item, consistent) and reloads
 * the rule history, calendar or org only when its number moved, so a publish or an org edit is seen by the very
 * next read while a case read or a report no longer queries the RULES and ORG partitions. Cached values are
 * shared between requests: callers must not change them (`VersionedCache`).
 */
export class TownshipSettingsCache {
  private readonly settings: VersionedCache<CaseFoldSettings>;
  private readonly orgs: VersionedCache<Org>;
  constructor(
    private readonly store: StoreClients,
    clock: () => number = Date.now,
  ) {
    this.settings = new VersionedCache(MAX_ENTRIES, clock);
    this.orgs = new VersionedCache(MAX_ENTRIES, clock);
  }

  async versions(tenantId: string): Promise<TownshipVersions> {
    const out = await this.store.doc.send(
      new GetCommand({ TableName: this.store.tableName, Key: settingsVersionKey(tenantId), ConsistentRead: true }),
    );
    return versionsOf(out.Item);
  }

  /** Pass `versions` when the request has read them already (one GetItem serves both caches). */
  async foldSettings(tenantId: string, versions?: TownshipVersions): Promise<CaseFoldSettings> {
    const { settings: version } = versions ?? (await this.versions(tenantId));
    return this.settings.get(tenantId, version, () => loadCaseFoldSettings(this.store, tenantId));
  }

  /** The org chart as `OrgRepository.loadOrg` returns it (TownshipNotFoundError when there is no township). */
  async org(tenantId: string, versions?: TownshipVersions): Promise<Org> {
    const { org: version } = versions ?? (await this.versions(tenantId));
    return this.orgs.get(tenantId, version, () => new OrgRepository(this.store).loadOrg(tenantId));
  }
}
