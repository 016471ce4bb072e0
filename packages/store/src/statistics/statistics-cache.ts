import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { StoreClients } from '../client';
import type { BacklogRoster } from './backlog-roster';
import { StatisticsRepository, type DistrictMonth, type TownshipMonths } from './statistics-repository';
import { statisticsVersionKey } from './statistics-version';

/** A cached entry also expires: a writer that died between its write and the bump is seen within this time. */
const MAX_AGE_MS = 5 * 60_000;
const MAX_ENTRIES = 2_000;

/**
 * The statistics reads of reports and the district comparison, cached per process and versioned by the district's
 * statistics version item (see `bumpStatisticsVersion`): each use reads that one small item (GetItem, consistent)
 * and reads the statistics items again only when its number moved, so a new event, evaluation or reversal is seen
 * by the next read. Cached values are shared between requests: callers must not change them.
 */
export class StatisticsCache {
  private readonly entries = new Map<string, { version: number; at: number; value: Promise<unknown> }>();
  private readonly repository: StatisticsRepository;
  constructor(
    private readonly store: StoreClients,
    private readonly clock: () => number = Date.now,
  ) {
    this.repository = new StatisticsRepository(store);
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

  /** `StatisticsRepository.townshipMonths`, likewise. */
  townshipMonths(
    districtId: string,
    townshipId: string,
    months: readonly string[],
    version: number,
  ): Promise<TownshipMonths> {
    return this.cached(`${districtId}|${townshipId}|${months.join(',')}`, version, () =>
      this.repository.townshipMonths(districtId, townshipId, months),
    );
  }

  private async cached<T>(key: string, version: number, load: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    const now = this.clock();
    if (hit && hit.version === version && now - hit.at < MAX_AGE_MS) return hit.value as Promise<T>;
    // The promise is kept, not the value: concurrent misses share one load instead of each reading the items.
    const value = load();
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value ?? '');
    this.entries.set(key, { version, at: now, value });
    void value.catch(() => this.entries.get(key)?.value === value && this.entries.delete(key));
    return value;
  }
}
