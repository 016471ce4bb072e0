import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Org } from '@xinfang/domain';
import type { StoreClients } from '../client';
import { OrgRepository } from '../org/org-repository';
import { settingsVersionKey } from './settings-version';
import { loadCaseFoldSettings, type CaseFoldSettings } from './township-settings';

/** A cached entry also expires: a writer that died between its write and the bump is seen within this time. */
const MAX_AGE_MS = 5 * 60_000;
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

interface Entry<T> {
  version: number;
  at: number;
  value: Promise<T>;
}

/**
 * Fold settings (deadlines of every rule version, the calendar) and the org chart for reads, cached per process
 * and versioned: a read gets the township's version item (one GetItem of a tiny item, consistent) and reloads
 * the rule history, calendar or org only when its number moved, so a publish or an org edit is seen by the very
 * next read while a case read or a report no longer queries the RULES and ORG partitions. Cached values are
 * shared between requests: callers must not change them.
 */
export class TownshipSettingsCache {
  private readonly settings = new Map<string, Entry<CaseFoldSettings>>();
  private readonly orgs = new Map<string, Entry<Org>>();
  constructor(
    private readonly store: StoreClients,
    private readonly clock: () => number = Date.now,
  ) {}

  async versions(tenantId: string): Promise<TownshipVersions> {
    const out = await this.store.doc.send(
      new GetCommand({ TableName: this.store.tableName, Key: settingsVersionKey(tenantId), ConsistentRead: true }),
    );
    const number = (v: unknown) => (typeof v === 'number' ? v : 0);
    return {
      settings: number(out.Item?.version),
      org: number(out.Item?.orgVersion),
      statistics: number(out.Item?.statsVersion),
    };
  }

  /** Pass `versions` when the request has read them already (one GetItem serves both caches). */
  async foldSettings(tenantId: string, versions?: TownshipVersions): Promise<CaseFoldSettings> {
    const { settings: version } = versions ?? (await this.versions(tenantId));
    return this.cached(this.settings, tenantId, version, () => loadCaseFoldSettings(this.store, tenantId));
  }

  /** The org chart as `OrgRepository.loadOrg` returns it (TownshipNotFoundError when there is no township). */
  async org(tenantId: string, versions?: TownshipVersions): Promise<Org> {
    const { org: version } = versions ?? (await this.versions(tenantId));
    return this.cached(this.orgs, tenantId, version, () => new OrgRepository(this.store).loadOrg(tenantId));
  }

  private async cached<T>(
    entries: Map<string, Entry<T>>,
    tenantId: string,
    version: number,
    load: () => Promise<T>,
  ): Promise<T> {
    const hit = entries.get(tenantId);
    const now = this.clock();
    if (hit && hit.version === version && now - hit.at < MAX_AGE_MS) return hit.value;
    // The promise is kept, not the value: concurrent misses share one load instead of each reading the items.
    const value = load();
    if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value ?? '');
    entries.set(tenantId, { version, at: now, value });
    void value.catch(() => entries.get(tenantId)?.value === value && entries.delete(tenantId));
    return value;
  }
}
