import { z } from 'zod';

/** A calendar date in Asia/Shanghai, `YYYY-MM-DD`. Dates are compared as strings. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const t = new Date(Date.UTC(y, m - 1, d));
    return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
  }, '不存在的日期');
export type IsoDate = z.infer<typeof IsoDate>;

/** Money is integer fen (分). 100 fen = 1 yuan. */
export const Fen = z.number().int('金额必须是整数分');
export type Fen = z.infer<typeof Fen>;

export const Id = z.string().min(1).max(100);

/**
 * A name or label a person reads (unit, person, township, rule, row): bounded so that no record, and no audit
 * entry quoting it, can outgrow DynamoDB's 400 KB item (a refused write must not leave half of itself behind).
 */
export const Name = z.string().min(1).max(200);
/** A short free text beside a name (a person's title, a holiday's name). */
export const ShortText = z.string().max(200);
