import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { CaseEvent } from '@xinfang/domain';
import type { StoreClients } from '../client';
import { queryAll, type QueryInput } from '../query-all';
import { ITEM, caseKeys } from './case-keys';
import { StoredCaseEvent } from './case-items';
import { ConcurrentAppendError } from './concurrent-append-error';

// Events, summaries, unit copies and the petitioner share one partition and are read with one Query; the append's
// condition is on a key we compute; the statistics projector parses raw stream images.

export interface AppendInput {
  tenantId: string;
  districtId: string;
  caseId: string;
  /** The event, numbered with the seq it claims. */
  event: CaseEvent;
  recordedAt: string;
}

/** The append-only, immutable event log of cases. */
export class CaseEventLog {
  constructor(private readonly store: StoreClients) {}

  /** All events of a case in seq order (strongly consistent: the append decides on it). */
  async events(tenantId: string, caseId: string): Promise<StoredCaseEvent[]> {
    return this.queryEvents({
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :ev)',
      ExpressionAttributeValues: { ':pk': caseKeys.partition(tenantId, caseId), ':ev': 'EV#' },
      ConsistentRead: true,
    });
  }

  /**
   * Puts `input.event` as the event with seq `seq`, only if no event has that seq yet: of two writers at the
   * same seq exactly one wins, the other gets ConcurrentAppendError with the seq that is there now.
   */
  async put(input: AppendInput): Promise<void> {
    const { tenantId, caseId, event } = input;
    const year = event.on.slice(0, 4);
    try {
      await this.store.doc.send(
        new PutCommand({
          TableName: this.store.tableName,
          Item: {
            ...caseKeys.event(tenantId, caseId, event.seq),
            gsi1pk: caseKeys.eventsOfYear(tenantId, year),
            gsi1sk: caseKeys.eventsSort(event.on, caseId, event.seq),
            type: ITEM.event,
            tenantId,
            districtId: input.districtId,
            caseId,
            recordedAt: input.recordedAt,
            event,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const latest = (await this.events(tenantId, caseId)).at(-1)?.event.seq ?? 0;
      throw new ConcurrentAppendError(caseId, latest);
    }
    await this.markYear(tenantId, year);
  }

  /** Idempotent marker of the year, so repair finds every year with events by Query. */
  async markYear(tenantId: string, year: string): Promise<void> {
    await this.store.doc.send(
      new PutCommand({
        TableName: this.store.tableName,
        Item: { pk: caseKeys.years(tenantId), sk: year, type: ITEM.year, tenantId },
      }),
    );
  }

  /** Years in which the tenant has case events, ascending. */
  async years(tenantId: string): Promise<number[]> {
    const out = await this.store.doc.send(
      new QueryCommand({
        TableName: this.store.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': caseKeys.years(tenantId) },
      }),
    );
    return (out.Items ?? []).map((i) => Number(i.sk)).filter((y) => Number.isInteger(y));
  }

  /** Events of a tenant dated within [from, to] (ISO dates of one year), via gsi1: a Query, never a Scan. */
  async eventsDated(
    tenantId: string,
    year: number,
    range: { from?: string; to?: string } = {},
  ): Promise<StoredCaseEvent[]> {
    const from = range.from ?? `${year}-01-01`;
    const to = range.to ?? `${year}-12-31`;
    return this.queryEvents({
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk BETWEEN :from AND :to',
      ExpressionAttributeValues: {
        ':pk': caseKeys.eventsOfYear(tenantId, year),
        ':from': `${from}#`,
        ':to': `${to}#\uffff`,
      },
    });
  }

  private async queryEvents(input: QueryInput): Promise<StoredCaseEvent[]> {
    const items = (await queryAll(this.store, input)).map((item) => StoredCaseEvent.parse(item));
    return items.sort((a, b) => a.event.seq - b.event.seq);
  }
}
