import type { Calendar, IsoDate } from '@xinfang/domain';
import { InboxRepository, type InboxAudience, type NewInboxMessage, type StoreClients } from '@xinfang/store';

/** What every job of one township's run shares: the store, the date, the township's own calendar, the inbox. */
export interface TownshipJobContext {
  store: StoreClients;
  districtId: string;
  tenantId: string;
  townshipName: string;
  /** The run's date in Asia/Shanghai. */
  today: IsoDate;
  /** The township's working-day calendar: the official arrangement plus its own overrides. */
  calendar: Calendar;
  /** The instant of the run, for message timestamps and evaluation metadata. */
  at: string;
  /** Delivers one message to each audience; counts what was new and what a previous run already sent. */
  deliver(audiences: readonly InboxAudience[], message: Omit<NewInboxMessage, 'createdAt' | 'on'>): Promise<void>;
}

export interface DeliveryCounts {
  delivered: number;
  alreadySent: number;
}

export function inboxDelivery(
  store: StoreClients,
  today: IsoDate,
  at: string,
  counts: DeliveryCounts,
): TownshipJobContext['deliver'] {
  const inbox = new InboxRepository(store);
  return async (audiences, message) => {
    for (const audience of audiences) {
      const fresh = await inbox.deliver(audience, { ...message, on: today, createdAt: at });
      if (fresh) counts.delivered += 1;
      else counts.alreadySent += 1;
    }
  };
}

export const townshipRole = (ctx: TownshipJobContext, role: 'petition_officer' | 'township_admin'): InboxAudience => ({
  kind: 'township_role',
  tenantId: ctx.tenantId,
  role,
});

export const unitReporters = (ctx: TownshipJobContext, unitId: string): InboxAudience => ({
  kind: 'unit',
  tenantId: ctx.tenantId,
  unitId,
});
