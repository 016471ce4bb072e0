import { BatchGetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { tryFoldCase, type CaseState } from '@xinfang/domain';
import type { StoreClients } from '../client';
import { CaseEventLog } from '../cases/case-event-log';
import { queryAll } from '../query-all';
import { loadCaseFoldSettings, type CaseFoldSettings } from '../settings/township-settings';
import { BacklogRoster, rosterEntryOf, rosterKeys, updateBacklogRoster, type RosterCase } from './backlog-roster';
import { moneyKeys, readMoney, totalsOf, TownshipMonthMoney, TownshipMonthMoneyTotals } from './ledger-money';
import { bumpStatisticsVersion } from './statistics-version';
import { computeMonthStats, TownshipMonthStats } from './township-month-stats';

export const statsKeys = {
  /** District first: a district reads all its townships' figures of a month with one Query. */
  month: (districtId: string, month: string) => `D#${districtId}#STATS#${month}`,
  township: (townshipId: string) => `T#${townshipId}`,
};

/** What a district's month holds: each township's figures and, once a period was evaluated, its money totals. */
export interface DistrictMonth {
  stats: TownshipMonthStats[];
  money: TownshipMonthMoneyTotals[];
}

/** One township's months (figures and money, by month) and its backlog roster. */
export interface TownshipMonths {
  stats: Map<string, TownshipMonthStats>;
  /** The money items whole, with their lines: only when asked for (`lines: true`). */
  money: Map<string, TownshipMonthMoney>;
  /** The money totals of every month that has a money item. */
  totals: Map<string, TownshipMonthMoneyTotals>;
  roster: Record<string, RosterCase>;
}

/** Every attribute of the statistics partitions' items (figures, money, rosters) but a money item's lines and reversals. */
const WITHOUT_LINES = [
  ...new Set([
    'pk',
    'sk',
    'type',
    ...Object.keys(TownshipMonthStats.shape),
    ...Object.keys(BacklogRoster.shape),
    'totals',
  ]),
];
const withoutLines = {
  ProjectionExpression: WITHOUT_LINES.map((_, i) => `#p${i}`).join(', '),
  ExpressionAttributeNames: Object.fromEntries(WITHOUT_LINES.map((name, i) => [`#p${i}`, name])),
};

/** DynamoDB's limit of keys per BatchGetItem. */
const BATCH_GET = 100;

/**
 * Per-township, per-month statistics. Each item is recomputed whole from the events dated in its month (not
 * incremented), so a replayed or duplicated change record, or `xinfang repair`, converges on the same item.
 */
export class StatisticsRepository {
  private readonly log: CaseEventLog;
  constructor(private readonly store: StoreClients) {
    this.log = new CaseEventLog(store);
  }

  /** A case folded from all its stored events, and the months its events fall in (state undefined: it cannot be folded). */
  async foldStoredCase(
    townshipId: string,
    caseId: string,
    settings: CaseFoldSettings,
  ): Promise<{ state?: CaseState; months: string[] }> {
    const events = await this.log.events(townshipId, caseId);
    const record = { id: caseId, townshipId, events: events.map((e) => e.event) };
    const ctx = settings.contextFor(record);
    const folded = tryFoldCase(record, ctx.settings, ctx.calendar);
    const months = [...new Set(events.map((e) => e.event.on.slice(0, 7)))];
    return folded.ok ? { state: folded.state, months } : { months };
  }

  /** Recomputes and writes one township's month; returns the item written. */
  async recomputeMonth(
    townshipId: string,
    districtId: string,
    month: string,
    known?: CaseFoldSettings,
  ): Promise<TownshipMonthStats> {
    const year = Number(month.slice(0, 4));
    const dated = await this.log.eventsDated(townshipId, year, { from: `${month}-01`, to: `${month}-31` });
    const caseIds = [...new Set(dated.map((e) => e.caseId))];
    const settings = known ?? (await loadCaseFoldSettings(this.store, townshipId));
    const states: CaseState[] = [];
    for (const caseId of caseIds) {
      // A case the domain cannot fold is left out here and reported by repair, rather than failing the whole month.
      const { state } = await this.foldStoredCase(townshipId, caseId, settings);
      if (state) states.push(state);
    }
    const stats = computeMonthStats({ districtId, townshipId, month }, states);
    await this.store.doc.send(
      new PutCommand({
        TableName: this.store.tableName,
        Item: {
          pk: statsKeys.month(districtId, month),
          sk: statsKeys.township(townshipId),
          type: 'township_month_stats',
          ...stats,
        },
      }),
    );
    await bumpStatisticsVersion(this.store, districtId, townshipId);
    return stats;
  }

  /** `xinfang repair`: recomputes every month in which the township has case events, and its backlog roster. Returns the months written. */
  async rebuildStatistics(townshipId: string, districtId: string): Promise<string[]> {
    const months = new Set<string>();
    const caseIds = new Set<string>();
    for (const year of await this.log.years(townshipId)) {
      for (const e of await this.log.eventsDated(townshipId, year)) {
        months.add(e.event.on.slice(0, 7));
        caseIds.add(e.caseId);
      }
    }
    const sorted = [...months].sort();
    const settings = await loadCaseFoldSettings(this.store, townshipId);
    for (const month of sorted) await this.recomputeMonth(townshipId, districtId, month, settings);
    const roster = new Map<string, RosterCase | undefined>();
    for (const caseId of caseIds) {
      const { state } = await this.foldStoredCase(townshipId, caseId, settings);
      roster.set(caseId, state ? rosterEntryOf(state) : undefined);
    }
    await updateBacklogRoster(this.store, districtId, townshipId, roster);
    return sorted;
  }

  /** All townships' figures of a district for one month (one Query). */
  async listDistrictMonth(districtId: string, month: string): Promise<TownshipMonthStats[]> {
    return (await this.districtMonth(districtId, month)).stats;
  }

  /**
   * A district's month: every township's figures and money totals (one Query, paged, without the money items' lines;
   * an item written before totals were kept is read again whole, once, and totalled).
   */
  async districtMonth(districtId: string, month: string): Promise<DistrictMonth> {
    const out: DistrictMonth = { stats: [], money: [] };
    const query = {
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': statsKeys.month(districtId, month) },
      ...withoutLines,
    };
    for (const item of await queryAll(this.store, query)) {
      if (item.type === 'township_month_stats') out.stats.push(TownshipMonthStats.parse(item));
      else if (item.type === 'township_month_money') out.money.push(await this.moneyTotals(item));
    }
    return out;
  }

  private async moneyTotals(item: Record<string, unknown>): Promise<TownshipMonthMoneyTotals> {
    if (item.totals !== undefined) return TownshipMonthMoneyTotals.parse(item);
    const { districtId, townshipId, month } = TownshipMonthMoneyTotals.omit({ totals: true }).parse(item);
    const whole = await readMoney(this.store, districtId, townshipId, month);
    return totalsOf(whole ?? { districtId, townshipId, month, version: 0, lines: {}, reversed: {} });
  }

  /** The backlog rosters of a district's townships (one Query). */
  async districtRosters(districtId: string): Promise<BacklogRoster[]> {
    return (await queryAll(this.store, rosterKeys.pk(districtId))).map((item) => BacklogRoster.parse(item));
  }

  async get(districtId: string, townshipId: string, month: string): Promise<TownshipMonthStats | undefined> {
    return (await this.townshipMonths(districtId, townshipId, [month])).stats.get(month);
  }

  /**
   * One township's figures and money for the given months and its backlog roster: BatchGetItem of
   * 2 × months + 1 keys, whatever the number of cases. The money items' lines are read only with `lines: true`
   * (a week's report, which cuts months at its dates, and the annual per-person figures); else their totals.
   */
  async townshipMonths(
    districtId: string,
    townshipId: string,
    months: readonly string[],
    options: { lines?: boolean } = {},
  ): Promise<TownshipMonths> {
    const keys = [
      ...months.flatMap((m) => [
        { pk: statsKeys.month(districtId, m), sk: statsKeys.township(townshipId) },
        { pk: moneyKeys.pk(districtId, m), sk: moneyKeys.sk(townshipId) },
      ]),
      { pk: rosterKeys.pk(districtId), sk: rosterKeys.sk(townshipId) },
    ];
    const out: TownshipMonths = { stats: new Map(), money: new Map(), totals: new Map(), roster: {} };
    for (const item of await this.batchGet(keys, options.lines ? {} : withoutLines)) {
      if (item.type === 'township_month_stats') {
        const s = TownshipMonthStats.parse(item);
        out.stats.set(s.month, s);
      } else if (item.type === 'township_month_money') {
        const m = options.lines ? TownshipMonthMoney.parse(item) : undefined;
        if (m) out.money.set(m.month, m);
        const totals = m ? totalsOf(m) : await this.moneyTotals(item);
        out.totals.set(totals.month, totals);
      } else if (item.type === 'backlog_roster') out.roster = BacklogRoster.parse(item).cases;
    }
    return out;
  }

  private async batchGet(
    keys: Record<string, string>[],
    projection: Partial<typeof withoutLines> = {},
  ): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    for (let start = 0; start < keys.length; start += BATCH_GET) {
      let pending: Record<string, unknown>[] = keys.slice(start, start + BATCH_GET);
      for (let attempt = 0; pending.length > 0; attempt++) {
        if (attempt > 8) throw new Error(`批量读取失败：${pending.length} 项未读出`);
        const out = await this.store.doc.send(
          new BatchGetCommand({
            RequestItems: { [this.store.tableName]: { Keys: pending, ConsistentRead: true, ...projection } },
          }),
        );
        items.push(...(out.Responses?.[this.store.tableName] ?? []));
        pending = out.UnprocessedKeys?.[this.store.tableName]?.Keys ?? [];
      }
    }
    return items;
  }
}
