import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { StoreClients } from '../client';
import { settingsVersionKey } from './settings-version';
import { loadCaseFoldSettings, type CaseFoldSettings } from './township-settings';

/** A cached entry also expires: a writer that died between its write and the bump is seen within this time. */
const MAX_AGE_MS = 5 * 60_000;
const MAX_ENTRIES = 1_000;

/**
 * Fold settings (deadlines of every rule version, the calendar) for case reads, cached per process and
 * versioned: each use reads the township's version item (one GetItem of a tiny item, consistent) and reloads
 * the rule history and calendar only when the version moved, so a publish is seen by the very next read while
 * a case read no longer queries the whole RULES partition.
 */
export class TownshipSettingsCache {
  private readonly entries = new Map<string, { version: number; at: number; settings: CaseFoldSettings }>();
  constructor(
    private readonly store: StoreClients,
    private readonly clock: () => number = Date.now,
  ) {}

  async foldSettings(tenantId: string): Promise<CaseFoldSettings> {
    const out = await this.store.doc.send(
      new GetCommand({ TableName: this.store.tableName, Key: settingsVersionKey(tenantId), ConsistentRead: true }),
    );
    const version = typeof out.Item?.version === 'number' ? out.Item.version : 0;
    const cached = this.entries.get(tenantId);
    const now = this.clock();
    if (cached && cached.version === version && now - cached.at < MAX_AGE_MS) return cached.settings;
    const settings = await loadCaseFoldSettings(this.store, tenantId);
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value ?? '');
    this.entries.set(tenantId, { version, at: now, settings });
    return settings;
  }
}
