import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { attachChangeFeed, type ChangeBatch, type ChangeHandler } from '../change-feed';
import type { StoreClients } from '../client';
import { ITEM } from '../cases/case-keys';
import { StoredCaseEvent } from '../cases/case-items';
import { loadCaseFoldSettings, type CaseFoldSettings } from '../settings/township-settings';
import { rosterEntryOf, updateBacklogRoster, type RosterCase } from './backlog-roster';
import { StatisticsRepository } from './statistics-repository';

/**
 * The statistics projector: a DynamoDB-Streams-shaped handler. For every case in the batch it reads the case's
 * whole event list and recomputes each month in which the case has an event (a late extension, a re-routing or
 * a resolution changes figures of earlier months), once per township and month per batch, and the case's entry
 * in the backlog roster. Everything is recomputed from the stored events, never incremented, so replays and
 * out-of-order delivery converge. Other items are ignored. In AWS the stream calls it (functions/stream); locally
 * `attachChangeFeed` does.
 */
export function createStatisticsProjector(store: StoreClients): ChangeHandler {
  const stats = new StatisticsRepository(store);
  return async (batch: ChangeBatch) => {
    const casesByTownship = new Map<string, { districtId: string; caseIds: Set<string> }>();
    for (const record of batch.Records) {
      const event = caseEventOf(record.dynamodb.NewImage);
      if (!event) continue;
      const entry = casesByTownship.get(event.tenantId) ?? { districtId: event.districtId, caseIds: new Set<string>() };
      entry.caseIds.add(event.caseId);
      casesByTownship.set(event.tenantId, entry);
    }
    for (const [townshipId, { districtId, caseIds }] of casesByTownship) {
      const settings: CaseFoldSettings = await loadCaseFoldSettings(store, townshipId);
      const months = new Set<string>();
      const roster = new Map<string, RosterCase | undefined>();
      for (const caseId of caseIds) {
        const folded = await stats.foldStoredCase(townshipId, caseId, settings);
        for (const month of folded.months) months.add(month);
        roster.set(caseId, folded.state ? rosterEntryOf(folded.state) : undefined);
      }
      for (const month of [...months].sort()) await stats.recomputeMonth(townshipId, districtId, month, settings);
      await updateBacklogRoster(store, districtId, townshipId, roster);
    }
  };
}

/** Locally (no Streams): run the projector after every put the store's client sends, as `xinfang start` should. */
export function attachStatisticsProjector(store: StoreClients): void {
  attachChangeFeed(store.client, createStatisticsProjector(store));
}

/** The case event in a stream image, or undefined for any other item. */
export function caseEventOf(image: Record<string, AttributeValue> | undefined): StoredCaseEvent | undefined {
  if (!image) return undefined;
  const item = unmarshall(image);
  if (item.type !== ITEM.event) return undefined;
  const parsed = StoredCaseEvent.safeParse(item);
  return parsed.success ? parsed.data : undefined;
}
