import type { CaseRecord } from '@xinfang/domain';
import type { StoreClients } from '../client';
import { ITEM, caseKeys } from '../cases/case-keys';
import { Petitioner, StoredCaseEvent } from '../cases/case-items';
import { batchPut } from '../org/batch-put';

export interface ImportedCase {
  record: CaseRecord;
  /** Kept only in the case's petitioner item, as `CaseRepository.register` keeps it. */
  petitioner?: Petitioner;
}

/**
 * Bulk import of whole cases for the demo seed (`xinfang seed`, `xinfang start`): the very items
 * `CaseEventLog.put` and the petitioner store write, plus the per-year markers, sent 25 per BatchWriteItem
 * instead of two requests per event. Batch puts carry no condition, so callers use it only for a tenant without
 * cases (the seed checks its district is empty first) and rebuild the projections afterwards
 * (`rebuildCaseSummaries`, `rebuildStatistics`).
 */
export async function importCases(
  store: StoreClients,
  scope: { districtId: string; recordedAt: string },
  cases: readonly ImportedCase[],
): Promise<void> {
  const items: Record<string, unknown>[] = [];
  const years = new Map<string, Set<string>>();
  for (const { record, petitioner } of cases) {
    const tenantId = record.townshipId;
    for (const event of record.events) {
      const year = event.on.slice(0, 4);
      items.push({
        ...caseKeys.event(tenantId, record.id, event.seq),
        gsi1pk: caseKeys.eventsOfYear(tenantId, year),
        gsi1sk: caseKeys.eventsSort(event.on, record.id, event.seq),
        type: ITEM.event,
        ...StoredCaseEvent.parse({
          tenantId,
          districtId: scope.districtId,
          caseId: record.id,
          recordedAt: scope.recordedAt,
          event,
        }),
      });
      years.set(tenantId, (years.get(tenantId) ?? new Set()).add(year));
    }
    if (petitioner)
      items.push({
        ...caseKeys.petitioner(tenantId, record.id),
        type: ITEM.petitioner,
        ...Petitioner.parse(petitioner),
      });
  }
  for (const [tenantId, set] of years) {
    for (const year of set) items.push({ pk: caseKeys.years(tenantId), sk: year, type: ITEM.year, tenantId });
  }
  await batchPut(store, items);
}
