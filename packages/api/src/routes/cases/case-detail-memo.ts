import { checkCaseChange, type CaseSummary, type StoreClients, type TownshipVersions } from '@xinfang/store';

/** Case pages kept per process and store: a few hundred cases, each a few KB of JSON. */
const MAX_CASES = 300;
/** As the store's read caches: a writer that died between its write and its version bump is seen within this time. */
const MAX_AGE_MS = 5 * 60_000;

/** A case page as built by a full read, and what it was built from. */
export interface KeptDetail {
  /** The township's rules-and-calendar and org numbers the page was built at (statistics do not show on it). */
  versions: Pick<TownshipVersions, 'settings' | 'org'>;
  /** The seq of the last event the page folded. */
  lastSeq: number;
  /** What the per-request unit check needs (`assertUnitMaySee`). */
  units: Pick<CaseSummary, 'originUnitId' | 'responsibleUnitIds'>;
  /** The JSON body: the same for every reader of the township allowed to see the case (nothing in it is per role). */
  body: string;
}

/**
 * The JSON of case pages (GET /api/cases/{id}), kept per (tenant from the verified token, case, Shanghai date: the
 * overdue marks and days left change with it). A kept page is served after one BatchGetItem says nothing it depends
 * on moved: the case has no event after the page's last (events are append-only with contiguous seqs) and the
 * township's rule/calendar and org numbers are the page's. Any write by any process is seen by the next read.
 * Least recently used pages are dropped first. One instance per store (`repo`), like the store's read caches.
 */
export class CaseDetailMemo {
  private readonly pages = new Map<string, KeptDetail & { at: number }>();

  constructor(
    private readonly store: StoreClients,
    private readonly clock: () => number = Date.now,
  ) {}

  /**
   * The kept page when it is still current; otherwise the township's versions when the check read them (so the
   * full read need not read them again), or nothing at all when there was no page to check.
   */
  async current(
    tenantId: string,
    caseId: string,
    today: string,
  ): Promise<{ kept: KeptDetail } | { kept?: undefined; versions?: TownshipVersions }> {
    const key = keyOf(tenantId, caseId, today);
    const page = this.pages.get(key);
    if (!page) return {};
    if (this.clock() - page.at >= MAX_AGE_MS) {
      this.pages.delete(key);
      return {};
    }
    const check = await checkCaseChange(this.store, tenantId, caseId, page.lastSeq);
    if (!check) return {};
    const { versions, nextEvent } = check;
    if (nextEvent || versions.settings !== page.versions.settings || versions.org !== page.versions.org)
      return { versions };
    // Most recently used last: the first key of the map is the one to drop.
    this.pages.delete(key);
    this.pages.set(key, page);
    return { kept: page };
  }

  keep(tenantId: string, caseId: string, today: string, page: KeptDetail): void {
    const key = keyOf(tenantId, caseId, today);
    this.pages.delete(key);
    if (this.pages.size >= MAX_CASES) this.pages.delete(this.pages.keys().next().value ?? '');
    this.pages.set(key, { ...page, at: this.clock() });
  }
}

const keyOf = (tenantId: string, caseId: string, today: string) => JSON.stringify([tenantId, caseId, today]);
