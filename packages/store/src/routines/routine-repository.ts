import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { z } from 'zod';
import type { StoreClients } from '../client';
import { queryAll } from '../query-all';
import { isConditionFailure } from '../tenancy/condition-failed';
import {
  CaseReview,
  ReceptionDay,
  routineKeys,
  RoutineNotFoundError,
  RoutineVersionConflictError,
} from './routine-items';

type Record = { id: string; version: number };

/**
 * One record kind of the routines: one partition per township, sort key = the record's id (which starts with its
 * date), so a year is one Query (`begins_with(sk, '2026-')`) and a record is one GetItem. Every write is conditional
 * on the version read before (0 = new).
 */
class RoutineRepository<T extends Record> {
  constructor(
    private readonly store: StoreClients,
    private readonly schema: z.ZodType<T>,
    private readonly pk: (tenantId: string) => string,
    private readonly entity: string,
  ) {}

  async listYear(tenantId: string, year: number): Promise<T[]> {
    const items = await queryAll(this.store, this.pk(tenantId), `${year}-`);
    return items.map((item) => this.parse(item));
  }

  async get(tenantId: string, id: string): Promise<T | undefined> {
    const { Item } = await this.store.doc.send(
      new GetCommand({ TableName: this.store.tableName, Key: { pk: this.pk(tenantId), sk: id }, ConsistentRead: true }),
    );
    return Item ? this.parse(Item) : undefined;
  }

  /** Writes `record` (its `version` is the new one) if the stored version is `version - 1` (absent for 1). */
  async put(tenantId: string, record: T): Promise<T> {
    const parsed = this.schema.parse(record);
    const expected = parsed.version - 1;
    try {
      await this.store.doc.send(
        new PutCommand({
          TableName: this.store.tableName,
          Item: { ...parsed, pk: this.pk(tenantId), sk: parsed.id, entity: this.entity },
          ...(expected === 0
            ? { ConditionExpression: 'attribute_not_exists(pk)' }
            : {
                ConditionExpression: 'attribute_exists(pk) AND #v = :expected',
                ExpressionAttributeNames: { '#v': 'version' },
                ExpressionAttributeValues: { ':expected': expected },
              }),
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const current = await this.get(tenantId, parsed.id);
      if (!current && expected > 0) throw new RoutineNotFoundError(parsed.id);
      throw new RoutineVersionConflictError(parsed.id, current?.version ?? 0);
    }
    return parsed;
  }

  private parse(item: globalThis.Record<string, unknown>): T {
    const { pk: _pk, sk: _sk, entity: _entity, ...rest } = item;
    return this.schema.parse(rest);
  }
}

/** Pre-event case reviews (重点案件研判) of a township. */
export class CaseReviewRepository extends RoutineRepository<CaseReview> {
  constructor(store: StoreClients) {
    super(store, CaseReview, routineKeys.reviews, 'case_review');
  }
}

/** Leaders' reception days (领导接访日) of a township. */
export class ReceptionDayRepository extends RoutineRepository<ReceptionDay> {
  constructor(store: StoreClients) {
    super(store, ReceptionDay, routineKeys.receptions, 'reception_day');
  }
}
