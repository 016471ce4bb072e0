import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { attachChangeFeed, type ChangeBatch, type ChangeHandler } from '../change-feed';
import type { StoreClients } from '../client';
import { CaseEventLog } from '../cases/case-event-log';
import { ITEM } from '../cases/case-keys';
import { StoredCaseEvent } from '../cases/case-items';
import { StatisticsRepository } from './statistics-repository';

/**
 * The statistics projector: a DynamoDB-Streams-shaped handler. For every case event in the batch it recomputes
 * the month of the event's date, and the month the case was resolved in (a late extension or acceptance changes
 * whether that resolution was on time), once per township and month per batch. Other items are ignored.
 * In AWS the stream calls it (functions/stream); locally `attachChangeFeed` does.
 */
export function createStatisticsProjector(store: StoreClients): ChangeHandler {
  const stats = new StatisticsRepository(store);
  const log = new CaseEventLog(store);
  return async (batch: ChangeBatch) => {
    const work = new Map<string, { townshipId: string; districtId: string; month: string }>();
    const add = (townshipId: string, districtId: string, month: string) => work.set(`${districtId}|${townshipId}|${month}`, { townshipId, districtId, month });
    for (const record of batch.Records) {
      const event = caseEventOf(record.dynamodb.NewImage);
      if (!event) continue;
      add(event.tenantId, event.districtId, event.event.on.slice(0, 7));
      const resolved = (await log.events(event.tenantId, event.caseId)).find((e) => e.event.kind === 'resolved' || (e.event.kind === 'status' && e.event.to === 'closed'));
      if (resolved) add(event.tenantId, event.districtId, resolved.event.on.slice(0, 7));
    }
    for (const { townshipId, districtId, month } of work.values()) await stats.recomputeMonth(townshipId, districtId, month);
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
