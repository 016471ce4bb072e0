import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { StoreClients } from '../client';
import type { BacklogRoster } from './backlog-roster';
import { StatisticsRepository, type DistrictMonth, type TownshipMonths } from './statistics-repository';
import { VersionedCache } from '../versioned-cache';
import { statisticsVersionKey } from './statistics-version';

const MAX_ENTRIES = 2_000;

/**
 * The statistics reads of reports and the district comparison, cached per process and versioned by the district's
 * statistics version item (see `bumpStatisticsVersion`): each use reads that one small item (GetItem, consistent)
 * and reads the statistics items again only when its number moved, so a new event, evaluation or reversal is seen
 * by the next read. A township's months are versioned by the township's own `statsVersion` instead (see
 * `TownshipSettingsCache.versions`), which the same writes move. Cached values are shared between requests: callers
 * must not change them.
 */
export class StatisticsCache {
  private readonly entries: VersionedCache<unknown>;
  private readonly repository: StatisticsRepository;
  constructor(
    private readonly store: StoreClients,
    clock: () => number = Date.now,
  ) {
    this.repository = new StatisticsRepository(store);
    this.entries = new VersionedCache(MAX_ENTRIES, clock);
  }

  async version(districtId: string): Promise<number> {
    const out = await this.store.doc.send(
      new GetCommand({ TableName: this.store.tableName, Key: statisticsVersionKey(districtId), ConsistentRead: true }),
    );
    return typeof out.Item?.version === 'number' ? out.Item.version : 0;
  }

  /** `StatisticsRepository.districtMonth`, read again only when the district's version moved. */
  districtMonth(districtId: string, month: string, version: number): Promise<DistrictMonth> {
    return this.cached(`${districtId}|month|${month}`, version, () => this.repository.districtMonth(districtId, month));
  }

  /** `StatisticsRepository.districtRosters`, likewise. */
  districtRosters(districtId: string, version: number): Promise<BacklogRoster[]> {
    return this.cached(`${districtId}|rosters`, version, () => this.repository.districtRosters(districtId));
  }

  /** `StatisticsRepository.townshipMonths`, read again only when `version` (the township's `statsVersion`) moved. */
  townshipMonths(
    districtId: string,
    townshipId: string,
    months: readonly string[],
    version: number,
    options: { lines?: boolean } = {},
  ): Promise<TownshipMonths> {
    const key = `${districtId}|${townshipId}|${months.join(',')}|${options.lines ? 'lines' : 'totals'}`;
    return this.cached(key, version, () => this.repository.townshipMonths(districtId, townshipId, months, options));
  }

  private cached<T>(key: string, version: number, load: () => Promise<T>): Promise<T> {
    return this.entries.get(key, version, load) as Promise<T>;
  }
}
