import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { CalendarOverride } from '@xinfang/domain';
import type { StoreClients } from '../client';
import { queryAll } from '../query-all';
import { bumpSettingsVersion } from './settings-version';
import { settingsKeys, StoredCalendarOverride, withoutKeys } from './settings-items';

/**
 * A township's calendar overrides (holidays and make-up working days for years the official calendar does
 * not know yet). One small item per date, read by one partition Query.
 * Overrides are settings, not ledger data: an admin may replace or remove one.
 */
export class CalendarOverrideRepository {
  constructor(private readonly store: StoreClients) {}

  /** The township's overrides, by date; of one year when `year` is given. */
  async list(tenantId: string, year?: number): Promise<StoredCalendarOverride[]> {
    const items = await queryAll(
      this.store,
      settingsKeys.calendar(tenantId),
      year === undefined ? undefined : `${year}-`,
    );
    return items.map((i) => StoredCalendarOverride.parse(withoutKeys(i)));
  }

  /** Sets the override of one date (a second PUT of the same date replaces it); returns the one it replaced. */
  async put(
    tenantId: string,
    override: CalendarOverride,
    meta: { by: string; at: string },
  ): Promise<{ item: StoredCalendarOverride; previous?: StoredCalendarOverride }> {
    const item: StoredCalendarOverride = { tenantId, ...override, updatedAt: meta.at, updatedBy: meta.by };
    const out = await this.store.doc.send(
      new PutCommand({
        TableName: this.store.tableName,
        Item: { pk: settingsKeys.calendar(tenantId), sk: override.date, entity: 'calendar_override', ...item },
        ReturnValues: 'ALL_OLD',
      }),
    );
    await bumpSettingsVersion(this.store, tenantId);
    return { item, ...(out.Attributes ? { previous: StoredCalendarOverride.parse(withoutKeys(out.Attributes)) } : {}) };
  }

  /** Removes the override of one date; returns it, or undefined when there was none. */
  async remove(tenantId: string, date: string): Promise<StoredCalendarOverride | undefined> {
    const out = await this.store.doc.send(
      new DeleteCommand({
        TableName: this.store.tableName,
        Key: { pk: settingsKeys.calendar(tenantId), sk: date },
        ReturnValues: 'ALL_OLD',
      }),
    );
    await bumpSettingsVersion(this.store, tenantId);
    return out.Attributes ? StoredCalendarOverride.parse(withoutKeys(out.Attributes)) : undefined;
  }
}
