import { CaseEvent, foldCase, type CaseRecord, type CaseState } from '@xinfang/domain';
import type { StoreClients } from '../client';
import { CaseEventLog } from './case-event-log';
import { CaseNumbers } from './case-numbers';
import type { CaseSummary, Petitioner, StoredCaseEvent } from './case-items';
import { countCaseSummaries, listCaseSummaries, type CaseListFilter, type CaseListPage } from './case-list';
import { listCaseRecords } from './case-records';
import { loadCaseFoldSettings, type CaseFoldSettings } from '../settings/township-settings';
import { summaryOf } from './case-summary';
import { CaseSummaryStore } from './case-summary-store';
import { CaseNotFoundError, ConcurrentAppendError } from './concurrent-append-error';
import { PetitionerStore } from './petitioner-store';

/** A case event before the log numbers it. */
export type NewCaseEvent = CaseEvent extends infer E ? (E extends CaseEvent ? Omit<E, 'seq'> : never) : never;

export interface CaseView {
  districtId: string;
  events: StoredCaseEvent[];
  record: CaseRecord;
  state: CaseState;
}

/**
 * Cases of a township: the append-only event log, the summary projection written after each append, and the
 * petitioner's identity. Domain rules decide every append (foldCase throws CaseTransitionError before any write).
 */
export class CaseRepository {
  private readonly log: CaseEventLog;
  private readonly summaries: CaseSummaryStore;
  private readonly petitioners: PetitionerStore;
  private readonly numbers: CaseNumbers;

  constructor(private readonly store: StoreClients) {
    this.numbers = new CaseNumbers(store);
    this.log = new CaseEventLog(store);
    this.summaries = new CaseSummaryStore(store);
    this.petitioners = new PetitionerStore(store);
  }

  /**
   * 登记: the registration and the first visit as events 1 and 2, the petitioner in its own item. The case gets
   * the township's next number (编号) unless the registration names one; a retry keeps the number it got first.
   */
  async register(input: {
    tenantId: string;
    districtId: string;
    caseId: string;
    registered: Extract<NewCaseEvent, { kind: 'registered' }>;
    firstVisit: Extract<NewCaseEvent, { kind: 'visit' }>;
    petitioner?: Petitioner;
    recordedAt: string;
  }): Promise<CaseSummary> {
    // A retry of a registration that failed part-way (same case id) finds its own events and goes on from there;
    // any other event at those seqs is a conflict (ConcurrentAppendError from the conditional put).
    const already = await this.log.events(input.tenantId, input.caseId);
    const visit = CaseEvent.parse({ ...input.firstVisit, seq: 2 });
    const record = (registered: CaseEvent): CaseRecord => ({
      id: input.caseId,
      townshipId: input.tenantId,
      events: [registered, visit],
    });
    const settings = await this.foldSettings(input.tenantId);
    const fold = (r: CaseRecord) => {
      const ctx = settings.contextFor(r);
      return foldCase(r, ctx.settings, ctx.calendar);
    };
    // The domain's checks run before a number is taken, so a refused registration leaves no gap in the numbers.
    fold(record(CaseEvent.parse({ ...input.registered, seq: 1 })));
    const first = already.find((s) => s.event.seq === 1)?.event;
    const number =
      first?.kind === 'registered'
        ? first.number
        : (input.registered.number ?? (await this.numbers.next(input.tenantId, input.registered.on.slice(0, 4))));
    const registered = CaseEvent.parse({ ...input.registered, ...(number ? { number } : {}), seq: 1 });
    const events = [registered, visit];
    const state = fold(record(registered));
    for (const event of events) {
      const stored = already.find((s) => s.event.seq === event.seq);
      if (stored && canonical(stored.event) === canonical(event))
        await this.log.markYear(input.tenantId, event.on.slice(0, 4));
      else
        await this.log.put({
          tenantId: input.tenantId,
          districtId: input.districtId,
          caseId: input.caseId,
          event,
          recordedAt: input.recordedAt,
        });
    }
    if (input.petitioner) await this.petitioners.put(input.tenantId, input.caseId, input.petitioner);
    const summary = summaryOf(state);
    await this.summaries.write(input.tenantId, summary);
    return summary;
  }

  /**
   * Appends one event as the case's next. With `expectedSeq` (the seq the caller last saw) a stale caller gets
   * ConcurrentAppendError; without it (a district notice, which does not depend on the case's state) a lost race is retried.
   */
  async append(input: {
    tenantId: string;
    caseId: string;
    event: NewCaseEvent;
    expectedSeq?: number;
    recordedAt: string;
  }): Promise<CaseView & { event: CaseEvent; summary: CaseSummary }> {
    const settings = await this.foldSettings(input.tenantId);
    for (let attempt = 0; ; attempt += 1) {
      const view = await this.view(input.tenantId, input.caseId, settings);
      if (!view) throw new CaseNotFoundError(input.caseId);
      const latest = view.state.lastSeq;
      if (input.expectedSeq !== undefined && input.expectedSeq !== latest)
        throw new ConcurrentAppendError(input.caseId, latest);
      const event = CaseEvent.parse({ ...input.event, seq: latest + 1 });
      const record = { ...view.record, events: [...view.record.events, event] };
      const ctx = settings.contextFor(record);
      const state = foldCase(record, ctx.settings, ctx.calendar);
      try {
        await this.log.put({
          tenantId: input.tenantId,
          districtId: view.districtId,
          caseId: input.caseId,
          event,
          recordedAt: input.recordedAt,
        });
      } catch (error) {
        if (error instanceof ConcurrentAppendError && input.expectedSeq === undefined && attempt < 4) continue;
        throw error;
      }
      const summary = summaryOf(state);
      await this.summaries.write(input.tenantId, summary);
      const stored = {
        tenantId: input.tenantId,
        districtId: view.districtId,
        caseId: input.caseId,
        recordedAt: input.recordedAt,
        event,
      };
      return { districtId: view.districtId, events: [...view.events, stored], record, state, event, summary };
    }
  }

  /**
   * The case's events, record and fold; undefined when the tenant has no such case. `settings` lets a caller
   * that folds several cases (or retries) read the township's rules once; given as a promise (a read still under
   * way), it is awaited alongside the case's Query, so the two store round trips overlap.
   */
  async view(
    tenantId: string,
    caseId: string,
    settings?: CaseFoldSettings | Promise<CaseFoldSettings>,
  ): Promise<CaseView | undefined> {
    const [events, given] = await Promise.all([this.log.events(tenantId, caseId), settings]);
    const first = events[0];
    if (!first) return undefined;
    const record: CaseRecord = { id: caseId, townshipId: tenantId, events: events.map((e) => e.event) };
    const ctx = (given ?? (await this.foldSettings(tenantId))).contextFor(record);
    return { districtId: first.districtId, events, record, state: foldCase(record, ctx.settings, ctx.calendar) };
  }

  summary(tenantId: string, caseId: string): Promise<CaseSummary | undefined> {
    return this.summaries.get(tenantId, caseId);
  }

  list(
    tenantId: string,
    filter: CaseListFilter,
    options: { limit?: number; cursor?: string } = {},
  ): Promise<CaseListPage> {
    return listCaseSummaries(this.store, tenantId, filter, options);
  }

  /** How many summaries `list` would return with this filter, over all its pages. */
  count(tenantId: string, filter: CaseListFilter): Promise<number> {
    return countCaseSummaries(this.store, tenantId, filter);
  }

  /** The petitioner's identity: callers must check the role and write `petitioner.read` to the audit log. */
  petitioner(tenantId: string, caseId: string): Promise<Petitioner | undefined> {
    return this.petitioners.get(tenantId, caseId);
  }

  /** Every case with an event dated in the years, complete (for the evaluator and repair). Query only. */
  listCaseRecords(tenantId: string, range: { fromYear: number; toYear: number }): Promise<CaseRecord[]> {
    return listCaseRecords(this.log, tenantId, range);
  }

  /** `xinfang repair`: re-projects every summary of the tenant from its events. Returns the number of cases. */
  async rebuildCaseSummaries(tenantId: string): Promise<number> {
    const years = await this.log.years(tenantId);
    const [fromYear, toYear] = [years[0], years.at(-1)];
    if (fromYear === undefined || toYear === undefined) return 0;
    const settings = await this.foldSettings(tenantId);
    const records = await this.listCaseRecords(tenantId, { fromYear, toYear });
    for (const record of records) {
      const ctx = settings.contextFor(record);
      await this.summaries.write(tenantId, summaryOf(foldCase(record, ctx.settings, ctx.calendar)));
    }
    return records.length;
  }

  /**
   * The township's rule history and calendar, read per call (never cached on this instance: the API shares one
   * repository across requests, and a newly published version must count from the next request on).
   */
  foldSettings(tenantId: string): Promise<CaseFoldSettings> {
    return loadCaseFoldSettings(this.store, tenantId);
  }

  /** Years with case events (for repair and statistics rebuilds). */
  years(tenantId: string): Promise<number[]> {
    return this.log.years(tenantId);
  }
}

/** JSON with keys sorted, so an event read back from the table compares equal to the one that was written. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
