import { z } from '@hono/zod-openapi';
import { ScreeningItem, ScreeningLedger } from '@xinfang/store';
import { YearMonth } from '../../http/dates';
import { named } from '../../http/named-schema';

/** The store's item, named once in the document (see named-schema.ts). */
const ScreeningItemSchema = named(ScreeningItem, 'ScreeningItem');

export const MonthParam = z.object({ month: YearMonth.openapi({ param: { name: 'month', in: 'path' } }) });

const MAX_ITEMS_BYTES = 300_000;

/** A unit's ledger as filed; `version` (optional) is the one the submitter last saw, for a safe re-submission. */
export const SubmitLedgerSchema = z
  .object({
    unitId: z.string().min(1).max(100),
    items: z
      .array(ScreeningItemSchema)
      .max(500)
      // 500 items of the longest title and description would be ~3 MB: far over what one stored ledger (400 KB) holds.
      .refine(
        (items) => Buffer.byteLength(JSON.stringify(items)) <= MAX_ITEMS_BYTES,
        '台账内容过长（合计不超过约30万字节），请精简说明或分月提交',
      ),
    version: z.number().int().nonnegative().optional(),
  })
  .openapi('ScreeningSubmission');

// `items` as in the store (at most 500), over the named item.
export const LedgerSchema = ScreeningLedger.extend({ items: z.array(ScreeningItemSchema).max(500) }).openapi(
  'ScreeningLedger',
);
export const LedgerListSchema = z
  .object({ month: z.string(), items: z.array(LedgerSchema) })
  .openapi('ScreeningLedgerList');

export const MissingSchema = z
  .object({
    month: z.string(),
    /** 每月25日前: the 25th, kept even when it is not a working day (then `dueNote` says so). */
    dueDate: z.string(),
    dueIsWorkingDay: z.boolean(),
    dueNote: z.string().optional(),
    today: z.string(),
    /** True once today (Asia/Shanghai) is after the due date. */
    duePassed: z.boolean(),
    unitCount: z.number().int(),
    submittedCount: z.number().int(),
    missing: z.array(z.object({ unitId: z.string(), name: z.string(), kind: z.string() })),
  })
  .openapi('ScreeningMissing');

// Types for the web app (it imports types only, never code).
export type ScreeningSubmission = z.input<typeof SubmitLedgerSchema>;
export type ScreeningLedgerView = z.infer<typeof LedgerSchema>;
export type ScreeningLedgerList = z.infer<typeof LedgerListSchema>;
export type ScreeningMissing = z.infer<typeof MissingSchema>;
