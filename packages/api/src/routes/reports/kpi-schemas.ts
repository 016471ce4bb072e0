import { z } from '@hono/zod-openapi';
import { IsoDate, type TownshipKpis as DomainTownshipKpis } from '@xinfang/domain';

// The domain's TownshipKpis is a TypeScript interface (computed, never parsed), so the API describes it here.
// `KpisShapeCheck` below makes the compiler compare both ways: a change in the domain breaks the type-check.

const Count = z.number().int().nonnegative();

export const ReportPeriodSchema = z.object({ from: IsoDate, to: IsoDate }).openapi('ReportPeriod');

export const RateSchema = z
  .object({
    /** numerator / denominator; null when there is nothing to divide by. */
    value: z.number().nullable(),
    numerator: Count,
    denominator: Count,
  })
  .openapi('Rate', { description: '比率，如「12/15（80%）」；分母为 0 时 value 为 null' });

export const ChangeSchema = z
  .object({
    current: Count,
    previous: Count,
    /** (current − previous) / previous, as a fraction (−0.3 = down 30%); null when previous is 0. */
    change: z.number().nullable(),
  })
  .openapi('Change', { description: '同比变化（小数，−0.3 即下降30%）；上期为 0 时 change 为 null' });

export const TownshipKpisSchema = z
  .object({
    townshipId: z.string(),
    period: ReportPeriodSchema,
    previousPeriod: ReportPeriodSchema,
    onTimeResolution: RateSchema,
    satisfaction: RateSchema,
    backlog: z.object({
      minYears: Count,
      openAtStart: Count,
      openAtEnd: Count,
      clearedInPeriod: Count,
      clearedToZero: z.boolean(),
    }),
    casesRegistered: Count,
    casesResolved: Count,
    visits: z.object({
      total: Count,
      headcount: Count,
      // Every level and every form is present (zero when none). Spelled out rather than z.record(VisitLevel, …), which
      // the document would show without `required`; KpisShapeCheck keeps the keys equal to the domain's enums.
      byLevel: z.object({ township: Count, district: Count, city: Count, province: Count, national: Count }),
      byForm: z.object({ individual: Count, collective: Count }),
      /** Unit id → visits (a visit counts once for each of its case's units). */
      byUnit: z.record(z.string(), Count),
    }),
    escalation: RateSchema,
    repeat: RateSchema,
    perTenThousand: z.object({ population: Count, visits: z.number().nullable(), headcount: z.number().nullable() }),
    retrievalCostFen: z.number().int(),
    ledger: z.object({ finesFen: z.number().int(), rewardsFen: z.number().int(), vetoes: Count }).optional(),
    vsPreviousYear: z.object({ visits: ChangeSchema }),
    vsTarget: z.object({
      visitChangeTarget: z.number(),
      targetVisits: z.number().int().nullable(),
      met: z.boolean().nullable(),
    }),
  })
  .openapi('TownshipKpis', { description: '乡镇考核指标（办结质量在前：按期办结率、满意率、积案）' });

/** `true` only when the two types are assignable both ways. */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type KpisShapeCheck = Assert<Same<z.infer<typeof TownshipKpisSchema>, DomainTownshipKpis>>;

export type ReportPeriod = z.infer<typeof ReportPeriodSchema>;
export type Rate = z.infer<typeof RateSchema>;
export type Change = z.infer<typeof ChangeSchema>;
export type TownshipKpis = z.infer<typeof TownshipKpisSchema>;
