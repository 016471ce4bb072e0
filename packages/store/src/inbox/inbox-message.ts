import { z } from 'zod';

/**
 * Who a message is for. Users live in the identity provider, not in the table, so a message is addressed to an
 * audience (a role of a township or district, or one unit's reporters) and every user of that audience sees it.
 */
export const InboxAudience = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('township_role'),
    tenantId: z.string().min(1),
    role: z.enum(['petition_officer', 'township_admin']),
  }),
  z.object({ kind: z.literal('unit'), tenantId: z.string().min(1), unitId: z.string().min(1) }),
  z.object({ kind: z.literal('district_role'), districtId: z.string().min(1), role: z.literal('district_overseer') }),
]);
export type InboxAudience = z.infer<typeof InboxAudience>;

/** What a job or a route puts in an inbox. `id` is deterministic (e.g. `deadline:<case>:<kind>:<date>:d3`). */
export const NewInboxMessage = z.object({
  id: z.string().min(1).max(300),
  /** The topic, for grouping and icons: deadline · screening · fine · evaluation · settlement. */
  topic: z.enum(['deadline', 'screening', 'fine', 'evaluation', 'settlement']),
  title: z.string().min(1),
  body: z.string(),
  /** A path of the web app, e.g. `/cases/<id>` or `/ledger`. */
  link: z.string().startsWith('/'),
  /** The Asia/Shanghai date the message concerns (the job's run date). */
  on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  createdAt: z.string(),
});
export type NewInboxMessage = z.infer<typeof NewInboxMessage>;

export const InboxMessage = NewInboxMessage.extend({ read: z.boolean() });
export type InboxMessage = z.infer<typeof InboxMessage>;

/** The partition of an audience: the tenant (township or district) comes first, as in every key. */
export function audiencePartition(audience: InboxAudience): string {
  switch (audience.kind) {
    case 'township_role':
      return `T#${audience.tenantId}#INBOX#ROLE#${audience.role}`;
    case 'unit':
      return `T#${audience.tenantId}#INBOX#UNIT#${audience.unitId}`;
    case 'district_role':
      return `D#${audience.districtId}#INBOX#ROLE#${audience.role}`;
  }
}
