import { z } from '@hono/zod-openapi';

// The body of GET /api/district/annual-report: the district's year under 信访工作条例 Art. 41, from the statistics
// items only (townships × months). Counts, rates and money; units by name; never a petitioner. Web types come from here.

const Count = z.number().int().nonnegative();
const Fen = z.number().int();
/** A fraction (0.8 = 80 %); null when there is nothing to divide by. */
const Fraction = z.number().nullable();

/** The report's four parts, named as Art. 41 names them; the page, the workbook and the PDF use these headings. */
export const ART41_HEADINGS = {
  statistics: '一、受理、办理信访事项和来信来访数据统计',
  topUnits: '二、信访事项较多的单位',
  transfers: '三、转送、交办、督办情况',
  rectification: '四、整改落实情况',
} as const;

const StatisticsRow = z.object({
  townshipId: z.string(),
  name: z.string(),
  casesRegistered: Count,
  casesAccepted: Count,
  casesResolved: Count,
  visits: Count,
  /** 人次 */
  headcount: Count,
  collective: Count,
  byLevel: z.object({ township: Count, district: Count, city: Count, province: Count, national: Count }),
  /** Visits against the same year before (fraction); null when there were none. */
  visitChange: Fraction,
});

const TransferRow = z.object({
  townshipId: z.string(),
  name: z.string(),
  /** 转送交办: cases registered and routed (归口) to their responsible units. */
  routed: Count,
  accepted: Count,
  acceptedOnTime: Count,
  /** 督办: notices (通报) of the township's visits by the district or above. */
  notices: Count,
  /** 领回办结: retrievals by the responsible units, and what they cost. */
  retrievals: Count,
  retrievalCostFen: Fen,
});

const RectificationRow = z.object({
  townshipId: z.string(),
  name: z.string(),
  resolved: Count,
  resolvedOnTime: Count,
  onTimeResolution: Fraction,
  satisfaction: Fraction,
  backlogOpenAtEnd: Count,
  backlogCleared: Count,
  finesFen: Fen,
  rewardsFen: Fen,
  vetoes: Count,
});

export const DistrictAnnualReportSchema = z
  .object({
    title: z.string(),
    year: z.number().int(),
    districtName: z.string(),
    headings: z.object({
      statistics: z.string(),
      topUnits: z.string(),
      transfers: z.string(),
      rectification: z.string(),
    }),
    statistics: z.object({ townships: z.array(StatisticsRow), total: StatisticsRow.omit({ townshipId: true }) }),
    /** The units with the most cases in the year (a case counts for each of its responsible units), most first. */
    topUnits: z.array(
      z.object({ rank: z.number().int(), townshipName: z.string(), unitName: z.string(), cases: Count, visits: Count }),
    ),
    transfers: z.object({ townships: z.array(TransferRow), total: TransferRow.omit({ townshipId: true }) }),
    rectification: z.object({
      townships: z.array(RectificationRow),
      total: RectificationRow.omit({ townshipId: true }),
    }),
  })
  .openapi('DistrictAnnualReport', { description: '区年度信访工作情况报告（信访工作条例第四十一条）' });

export const DistrictAnnualQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2099).optional().openapi({ description: '年份，默认今年' }),
  format: z.enum(['json', 'xlsx']).default('json').openapi({ description: 'json（默认）或 xlsx（Excel）' }),
});

export type DistrictAnnualReport = z.infer<typeof DistrictAnnualReportSchema>;
