import { z } from '@hono/zod-openapi';
import { IsoDate, VisitForm, VisitLevel } from '@xinfang/domain';
import { ReportPeriodSchema, TownshipKpisSchema } from './kpi-schemas';

// The JSON bodies of /api/reports/*; the builders in weekly.ts, monthly.ts and annual.ts return these inferred types,
// so the document and the handlers cannot drift apart. Money is integer fen; labels are the Chinese ones users read.

const Count = z.number().int().nonnegative();
const Fen = z.number().int();

export const VisitRowSchema = z.object({
  date: IsoDate,
  caseId: z.string(),
  /** 编号 of the case as officials quote it (its id for a case without one). */
  caseNumber: z.string().openapi({ example: 'xiji-2026-046' }),
  level: VisitLevel,
  levelLabel: z.string().openapi({ example: '到镇' }),
  formLabel: z.string().openapi({ example: '个人访' }),
  headcount: Count,
  /** Names of the case's responsible units. */
  units: z.array(z.string()),
});

export const VisitFiguresSchema = z
  .object({
    total: Count,
    /** 人次: the sum of headcounts. */
    headcount: Count,
    /** Every level, in order (到镇 … 进京), zero when none. */
    byLevel: z.array(z.object({ level: VisitLevel, label: z.string(), count: Count })),
    byForm: z.array(z.object({ form: VisitForm, label: z.string(), count: Count })),
    /** Units with visits, most first; a visit counts once for each of its case's units. */
    byUnit: z.array(z.object({ unitId: z.string(), name: z.string(), count: Count })),
    list: z.array(VisitRowSchema),
  })
  .openapi('VisitFigures', { description: '期间内的来访：按层级、形式、责任单位计数，及逐条清单' });

export const PenaltyLineSchema = z
  .object({
    personId: z.string(),
    name: z.string(),
    unitName: z.string(),
    caseId: z.string(),
    /** 编号 of the case as officials quote it (its id for a case without one). */
    caseNumber: z.string(),
    visitDate: IsoDate,
    rowId: z.string(),
    amountFen: Fen,
    /** Chinese labels of the sanctions, e.g. 诫勉谈话. */
    sanctions: z.array(z.string()),
    explanation: z.string(),
  })
  .openapi('PenaltyLine');

export const WeeklyReportSchema = z
  .object({
    title: z.string(),
    week: ReportPeriodSchema,
    visits: VisitFiguresSchema,
    /** Fines incurred by the week's visits, less reversed ones. */
    newPenalties: z.object({ items: z.array(PenaltyLineSchema), totalFen: Fen }),
  })
  .openapi('WeeklyReport', { description: '周通报' });

export const MonthlyReportSchema = z
  .object({
    title: z.string(),
    month: z.string().openapi({ example: '2026-06' }),
    period: ReportPeriodSchema,
    figures: z.object({
      casesRegistered: Count,
      casesResolved: Count,
      visits: VisitFiguresSchema,
      fines: z.object({ count: Count, totalFen: Fen }),
      rewardsFen: Fen,
      vetoes: Count,
      retrievalTasks: Count,
      byUnit: z.array(z.object({ unitId: z.string(), name: z.string(), visits: Count, finesFen: Fen })),
    }),
    kpis: TownshipKpisSchema,
  })
  .openapi('MonthlyReport', { description: '月小结' });

export const AnnualReportSchema = z
  .object({
    title: z.string(),
    year: z.number().int(),
    byUnit: z.array(
      z.object({
        unitId: z.string(),
        name: z.string(),
        visits: Count,
        finesFen: Fen,
        rewardsFen: Fen,
        retrievalTasks: Count,
        vetoed: z.boolean(),
      }),
    ),
    byPerson: z.array(
      z.object({
        personId: z.string(),
        name: z.string(),
        fineCount: Count,
        finesFen: Fen,
        rewardsFen: Fen,
        sanctions: z.array(z.string()),
        vetoed: z.boolean(),
      }),
    ),
    totals: z.object({ visits: Count, finesFen: Fen, rewardsFen: Fen, vetoes: Count }),
    targets: z.object({
      visits: z.object({
        current: Count,
        previous: Count,
        change: z.number().nullable(),
        targetReductionPct: z.number(),
        /** null without a previous year to compare; then `met` is null too. */
        targetVisits: z.number().int().nullable(),
        met: z.boolean().nullable(),
      }),
      backlog: z.object({ required: z.boolean(), openAtEnd: Count, clearedInYear: Count, met: z.boolean() }),
      modelTownship: z.object({ required: z.boolean() }),
    }),
    kpis: TownshipKpisSchema,
  })
  .openapi('AnnualReport', { description: '年汇总' });

export type VisitRow = z.infer<typeof VisitRowSchema>;
export type VisitFigures = z.infer<typeof VisitFiguresSchema>;
export type PenaltyLine = z.infer<typeof PenaltyLineSchema>;
export type WeeklyReport = z.infer<typeof WeeklyReportSchema>;
export type MonthlyReport = z.infer<typeof MonthlyReportSchema>;
export type AnnualReport = z.infer<typeof AnnualReportSchema>;
