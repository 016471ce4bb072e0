import { z } from '@hono/zod-openapi';

export const ImportFileSchema = z
  .object({
    /** The .xlsx file, base64 (the request body is at most 1 MiB, so about 750 KB of workbook). */
    file: z.base64('应为 base64 编码的 Excel 文件').min(1, '请选择文件').max(1_000_000, '文件过大，请分批导入'),
  })
  .openapi('OrgImportFile');

const Action = z.enum(['create', 'exists']).openapi({ description: 'create 将新增 · exists 已存在（不改动）' });

export const RowErrorSchema = z
  .object({ sheet: z.string(), row: z.number().int(), column: z.string(), field: z.string(), message: z.string() })
  .openapi('OrgImportRowError');

export const ImportPreviewSchema = z
  .object({
    units: z.array(
      z.object({
        row: z.number().int(),
        name: z.string(),
        kind: z.enum(['office', 'village', 'department']),
        officeName: z.string().optional(),
        population: z.number().int(),
        action: Action,
      }),
    ),
    people: z.array(
      z.object({
        row: z.number().int(),
        name: z.string(),
        title: z.string().optional(),
        leadingCadre: z.boolean(),
        financePaid: z.boolean(),
        action: Action,
      }),
    ),
    /** Rows left out of the import, each with its sheet, Excel row, column and what is wrong. */
    errors: z.array(RowErrorSchema),
    /** Whole-file problems: with any, nothing can be imported. */
    problems: z.array(z.string()),
  })
  .openapi('OrgImportPreview');
export type OrgImportPreview = z.infer<typeof ImportPreviewSchema>;

export const ImportResultSchema = z
  .object({
    created: z.object({ units: z.number().int(), people: z.number().int() }),
    existing: z.object({ units: z.number().int(), people: z.number().int() }),
    errors: z.array(RowErrorSchema),
  })
  .openapi('OrgImportResult');
export type OrgImportResult = z.infer<typeof ImportResultSchema>;
