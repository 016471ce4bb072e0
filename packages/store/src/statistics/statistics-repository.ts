import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { tryFoldCase, type CaseState } from '@xinfang/domain';
import type { StoreClients } from '../client';
import { CaseEventLog } from '../cases/case-event-log';
import { loadCaseFoldSettings, type CaseFoldSettings } from '../settings/township-settings';
import { computeMonthStats, TownshipMonthStats } from './township-month-stats';

export const statsKeys = {
  /** District first: a district reads all its townships' figures of a month with one Query. */
  month: (districtId: string, month: string) => `D#${districtId}#STATS#${month}`,
  township: (townshipId: string) => `T#${townshipId}`,
};

/**
 * Per-township, per-month statistics. Each item is recomputed whole from the events dated in its month (not
 * incremented), so a replayed or duplicated change record, or `xinfang repair`, converges on the same item.
 */
export class StatisticsRepository {
  private readonly log: CaseEventLog;
  constructor(private readonly store: StoreClients) {
    this.log = new CaseEventLog(store);
  }

  /** Recomputes and writes one township's month; returns the item written. */
  async recomputeMonth(townshipId: string, districtId: string, month: string, known?: CaseFoldSettings): Promise<TownshipMonthStats> {
    const year = Number(month.slice(0, 4));
    const dated = await this.log.eventsDated(townshipId, year, { from: `${month}-01`, to: `${month}-31` });
    const caseIds = [...new Set(dated.map((e) => e.caseId))];
    const settings = known ?? (await loadCaseFoldSettings(this.store, townshipId));
    const states: CaseState[] = [];
    for (const caseId of caseIds) {
      const events = await this.log.events(townshipId, caseId);
      const record = { id: caseId, townshipId, events: events.map((e) => e.event) };
      const ctx = settings.contextFor(record);
      const folded = tryFoldCase(record, ctx.settings, ctx.calendar);
      // A case the domain cannot fold is left out here and reported by repair, rather than failing the whole month.
      if (folded.ok) states.push(folded.state);
    }
    const stats = computeMonthStats({ districtId, townshipId, month }, states);
    await this.store.doc.send(
      new PutCommand({ TableName: this.store.tableName, Item: { pk: statsKeys.month(districtId, month), sk: statsKeys.township(townshipId), type: 'township_month_stats', ...stats } }),
    );
    return stats;
  }

  /** `xinfang repair`: recomputes every month in which the township has case events. Returns the months written. */
  async rebuildStatistics(townshipId: string, districtId: string): Promise<string[]> {
    const months = new Set<string>();
    for (const year of await this.log.years(townshipId)) {
      for (const e of await this.log.eventsDated(townshipId, year)) months.add(e.event.on.slice(0, 7));
    }
    const sorted = [...months].sort();
    const settings = await loadCaseFoldSettings(this.store, townshipId);
    for (const month of sorted) await this.recomputeMonth(townshipId, districtId, month, settings);
    return sorted;
  }

  /** All townships' figures of a district for one month (one Query). */
  async listDistrictMonth(districtId: string, month: string): Promise<TownshipMonthStats[]> {
    const out = await this.store.doc.send(
      new QueryCommand({ TableName: this.store.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': statsKeys.month(districtId, month) } }),
    );
    return (out.Items ?? []).map((item) => TownshipMonthStats.parse(item));
  }

  async get(districtId: string, townshipId: string, month: string): Promise<TownshipMonthStats | undefined> {
    const out = await this.store.doc.send(new GetCommand({ TableName: this.store.tableName, Key: { pk: statsKeys.month(districtId, month), sk: statsKeys.township(townshipId) } }));
    return out.Item ? TownshipMonthStats.parse(out.Item) : undefined;
  }
}
