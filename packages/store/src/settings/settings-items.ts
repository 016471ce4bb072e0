import { CalendarOverride } from '@xinfang/domain';
import { z } from 'zod';

/** An admin's calendar entry as stored: the domain's override plus who entered it and when. */
export const StoredCalendarOverride = CalendarOverride.extend({
  tenantId: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type StoredCalendarOverride = z.infer<typeof StoredCalendarOverride>;

export const HonourLevel = z.enum(['district', 'city']);
export type HonourLevel = z.infer<typeof HonourLevel>;

/**
 * The township's model-township title (模范乡镇) of one calendar year. `level: null` keeps the item (and its
 * version) when an admin withdraws a title entered by mistake, so the next change is still conditional.
 */
export const TownshipHonour = z.object({
  tenantId: z.string(),
  year: z.number().int(),
  level: HonourLevel.nullable(),
  version: z.number().int().positive(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type TownshipHonour = z.infer<typeof TownshipHonour>;

export const settingsKeys = {
  /** One partition per township; sk is the ISO date, so a year is `begins_with(sk, 'YYYY-')`. */
  calendar: (tenantId: string) => `T#${tenantId}#CALENDAR`,
  /** One partition per township; sk is the four-digit year. */
  honours: (tenantId: string) => `T#${tenantId}#HONOURS`,
};

/** Drops the key attributes before parsing, so what a repository returns is exactly its schema. */
export function withoutKeys(item: Record<string, unknown>): Record<string, unknown> {
  const { pk: _pk, sk: _sk, entity: _entity, ...rest } = item;
  return rest;
}
