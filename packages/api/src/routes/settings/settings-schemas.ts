import { z } from '@hono/zod-openapi';
import { ApiDate } from '../../http/dates';

/** A four-digit calendar year in a path or query (the product's data starts in the 2000s). */
export const Year = z
  .string()
  .regex(/^20\d{2}$/, '年份应为 2000–2099 之间的四位数（YYYY）')
  .openapi({ example: '2027' });

export const YearParam = z.object({ year: Year.openapi({ param: { name: 'year', in: 'path' } }) });
export const YearQuery = z.object({ year: Year.optional().openapi({ param: { name: 'year', in: 'query' } }) });
export const DateParam = z.object({
  // The years the calendar is read and listed by (Year above): an override in 2150 could be written but never seen.
  date: ApiDate.openapi({ param: { name: 'date', in: 'path' }, example: '2027-10-01' }),
});

export const CalendarOverrideBody = z
  .object({
    working: z.boolean().openapi({ description: 'true：调休上班日；false：放假日' }),
    name: z.string().trim().min(1, '请填写名称（如 国庆节、国庆调休）').max(40, '名称最多40个字'),
  })
  .openapi('CalendarOverrideInput');

export const CalendarOverrideSchema = z
  .object({
    date: z.string(),
    working: z.boolean(),
    name: z.string().optional(),
    updatedAt: z.string(),
    updatedBy: z.string(),
  })
  .openapi('CalendarOverride');

export const CalendarOverrideListSchema = z
  .object({ year: z.number().int().optional(), items: z.array(CalendarOverrideSchema) })
  .openapi('CalendarOverrideList');

export const CalendarYearSchema = z
  .object({
    year: z.number().int(),
    officiallyKnown: z.boolean().openapi({ description: '官方节假日安排（chinese-days）是否包含该年' }),
    overrides: z.array(CalendarOverrideSchema),
    warning: z.string().optional().openapi({ description: '该年官方安排未知且没有人工录入时的提示' }),
  })
  .openapi('CalendarYear');

export const HonourBody = z
  .object({
    level: z
      .enum(['district', 'city'])
      .nullable()
      .openapi({ description: 'district：区级模范乡镇；city：市级；null：撤销' }),
    version: z
      .number()
      .int('版本号必须是整数')
      .nonnegative('版本号不能为负')
      .openapi({ description: '读取时的版本；该年尚未设置时为 0' }),
  })
  .openapi('TownshipHonourInput');

export const HonourSchema = z
  .object({
    year: z.number().int(),
    level: z.enum(['district', 'city']).nullable(),
    levelLabel: z.string(),
    version: z.number().int(),
    updatedAt: z.string(),
    updatedBy: z.string(),
  })
  .openapi('TownshipHonour');

export const HonourListSchema = z.object({ items: z.array(HonourSchema) }).openapi('TownshipHonourList');

// The shapes the web app reads, as types (the web imports the API as types only).
export type CalendarYearView = z.infer<typeof CalendarYearSchema>;
export type CalendarOverrideView = z.infer<typeof CalendarOverrideSchema>;
export type HonourView = z.infer<typeof HonourSchema>;
export type HonourListView = z.infer<typeof HonourListSchema>;
