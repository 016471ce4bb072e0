import type { CaseRecord } from '@xinfang/domain';
import type { CaseEventLog } from './case-event-log';
import type { StoredCaseEvent } from './case-items';

/**
 * Every case with an event dated in [fromYear, toYear], each with its complete event list, from Queries only:
 * gsi1 per year of the range finds the cases; the years after the range (from the tenant's year markers) add later
 * events of those cases; a case whose seqs still do not run 1..n (registered before the range, say) is read whole
 * from its own partition.
 */
export async function listCaseRecords(
  log: CaseEventLog,
  tenantId: string,
  range: { fromYear: number; toYear: number },
): Promise<CaseRecord[]> {
  const years = await log.years(tenantId);
  const byCase = new Map<string, Map<number, StoredCaseEvent>>();
  const add = (e: StoredCaseEvent, onlyKnown: boolean) => {
    let events = byCase.get(e.caseId);
    if (!events) {
      if (onlyKnown) return;
      byCase.set(e.caseId, (events = new Map()));
    }
    events.set(e.event.seq, e);
  };
  for (const year of years.filter((y) => y >= range.fromYear && y <= range.toYear)) {
    for (const e of await log.eventsDated(tenantId, year)) add(e, false);
  }
  if (byCase.size === 0) return [];
  for (const year of years.filter((y) => y > range.toYear)) {
    for (const e of await log.eventsDated(tenantId, year)) add(e, true);
  }

  const records: CaseRecord[] = [];
  for (const [caseId, events] of [...byCase.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const complete = isWhole(events, range.fromYear) ? [...events.values()] : await log.events(tenantId, caseId);
    records.push({
      id: caseId,
      townshipId: tenantId,
      events: complete.map((e) => e.event).sort((a, b) => a.seq - b.seq),
    });
  }
  return records;
}

/** Seqs 1..n all present, and no event could be dated before the range (a backlog case first registered earlier might). */
function isWhole(events: Map<number, StoredCaseEvent>, fromYear: number): boolean {
  if (![...events.keys()].every((seq) => seq >= 1 && seq <= events.size)) return false;
  const first = events.get(1)?.event;
  return first?.kind === 'registered' && Number((first.firstRegisteredOn ?? first.on).slice(0, 4)) >= fromYear;
}
