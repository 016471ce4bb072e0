import { z } from '@hono/zod-openapi';
import { ChangeSchema, RateSchema, ReportPeriodSchema } from '../reports/kpi-schemas';

// The body of GET /api/district/comparison: townships' aggregates only, from the statistics items. No petitioner,
// no case: counts, rates and money. Web types come from here (z.infer).

const Count = z.number().int().nonnegative();
const Fen = z.number().int();
const Per10k = z.number().nullable().openapi({ description: '每万人；人口为 0 时为 null' });

export const ComparisonQuerySchema = z.object({
  from: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM')
    .optional()
    .openapi({ example: '2026-01', description: '起始月份（默认本年 1 月）' }),
  to: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM')
    .optional()
    .openapi({ example: '2026-06', description: '截止月份（默认本月）' }),
  by: z.enum(['period', 'month']).default('period').openapi({ description: 'month：另附逐月数据' }),
  minCases: z.coerce
    .number()
    .int()
    .min(0)
    .max(10_000)
    .default(10)
    .openapi({ description: '参与排名的最少办结件数（默认 10）' }),
});

export const TownshipFiguresSchema = z
  .object({
    townshipId: z.string(),
    name: z.string(),
    population: Count,
    cases: z.object({ registered: Count, accepted: Count, resolved: Count }),
    visits: z.object({
      total: Count,
      headcount: Count,
      byLevel: z.object({ township: Count, district: Count, city: Count, province: Count, national: Count }),
      byForm: z.object({ individual: Count, collective: Count }),
      vsPreviousYear: ChangeSchema,
      /** The −N % target of the township's rules against the same months last year; null without a previous year. */
      target: z.object({
        reductionPct: z.number(),
        targetVisits: z.number().int().nullable(),
        met: z.boolean().nullable(),
      }),
    }),
    /** Visits above township level over all visits. */
    escalation: RateSchema,
    repeat: RateSchema,
    onTimeAcceptance: RateSchema,
    onTimeResolution: RateSchema,
    satisfaction: RateSchema,
    backlog: z.object({ openAtStart: Count, openAtEnd: Count, clearedInPeriod: Count, clearedToZero: z.boolean() }),
    /** From the ledger as evaluated (net of reversals); zero until a period is evaluated. */
    money: z.object({ finesFen: Fen, rewardsFen: Fen, vetoes: Count }),
    perTenThousand: z.object({ visits: Per10k, headcount: Per10k, finesFen: Per10k }),
  })
  .openapi('TownshipFigures', { description: '一个乡镇的期间汇总（仅计数与金额）' });

export const RankingRowSchema = z.object({
  rank: z.number().int().positive(),
  townshipId: z.string(),
  name: z.string(),
  onTimeResolution: z.number().nullable(),
  satisfaction: z.number().nullable(),
  visitsPer10k: z.number().nullable(),
  visitChange: z.number().nullable(),
});

export const ComparisonSchema = z
  .object({
    period: ReportPeriodSchema,
    previousPeriod: ReportPeriodSchema,
    townships: z.array(TownshipFiguresSchema),
    rankings: z.object({
      /** The order in which the figures decide a rank: resolution quality first, counts after. */
      order: z.array(z.enum(['onTimeResolution', 'satisfaction', 'visitsPer10k', 'visitChange'])),
      minCases: Count,
      ranked: z.array(RankingRowSchema),
      /** Townships left out of the ranking, with the reason (too few resolved cases to rank on). */
      excluded: z.array(
        z.object({ townshipId: z.string(), name: z.string(), casesResolved: Count, reason: z.string() }),
      ),
    }),
    /** The district's visits of the period by level, form and repeats (capped): a typical mix to price rules with. */
    typicalMix: z.array(
      z.object({
        level: z.enum(['township', 'district', 'city', 'province', 'national']),
        form: z.enum(['individual', 'collective']),
        repeats: Count.openapi({ description: '期间内同级重复次数（4 表示 4 次及以上）' }),
        count: Count,
      }),
    ),
    months: z
      .array(
        z.object({
          month: z.string(),
          townships: z.array(
            z.object({
              townshipId: z.string(),
              visits: Count,
              byLevel: z.object({ township: Count, district: Count, city: Count, province: Count, national: Count }),
              onTimeResolution: RateSchema,
              satisfaction: RateSchema,
              finesFen: Fen,
            }),
          ),
        }),
      )
      .optional(),
  })
  .openapi('DistrictComparison', { description: '区内乡镇对比：办结质量在前，计数在后；只含汇总，不含信访人' });

export type ComparisonQuery = z.infer<typeof ComparisonQuerySchema>;
export type TownshipFigures = z.infer<typeof TownshipFiguresSchema>;
export type Comparison = z.infer<typeof ComparisonSchema>;
