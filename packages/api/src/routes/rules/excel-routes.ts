import { createRoute, z } from '@hono/zod-openapi';
import { requireRole } from '../../auth/middleware';
import { audit } from '../../http/audit';
import { notFound, ProblemError } from '../../http/problem';
import { attachment, XLSX_TYPE } from '../reports/xlsx';
import { draftOr404, problems, RULE_READERS, RULE_WRITERS, rules, tenantOf } from './rule-access';
import { IdParam, RuleDraftSchema } from './rule-schemas';
import { createRouter } from '../../http/router';
import { json, jsonContent } from '../../http/json-response';

const exportRoute = createRoute({
  method: 'get',
  path: '/versions/{id}/xlsx',
  tags: ['rules'],
  summary: '导出规则版本为 Excel（版式同文件中的处罚标准表；可再导入草稿）',
  security: [{ bearer: [] }],
  middleware: [requireRole(...RULE_READERS)],
  request: { params: IdParam },
  responses: {
    200: {
      description: 'The workbook',
      content: { [XLSX_TYPE]: { schema: z.string().openapi({ format: 'binary' }) } },
    },
    ...problems(401, 403, 404),
  },
});

const ImportSchema = z
  .object({
    version: z.number().int().positive(),
    /** The .xlsx file, base64-encoded (at most about 700 KB of workbook under the 1 MiB body limit). */
    workbookBase64: z
      .string()
      .min(1)
      .max(1_000_000)
      .regex(/^[A-Za-z0-9+/=\s]+$/, '应为 base64 编码的 Excel 文件'),
  })
  .openapi('ImportRuleWorkbook');

const importRoute = createRoute({
  method: 'post',
  path: '/drafts/{id}/import',
  tags: ['rules'],
  summary: '从 Excel 导入规则表到草稿（带 version；无法识别的单元格逐一指出，草稿不变）',
  security: [{ bearer: [] }],
  middleware: [requireRole(...RULE_WRITERS)],
  request: { params: IdParam, body: { required: true, ...jsonContent(ImportSchema) } },
  responses: {
    200: json(RuleDraftSchema, 'The draft with the imported rule table'),
    ...problems(400, 401, 403, 404, 409, 422),
  },
});

export const excelRoutes = createRouter()
  .openapi(exportRoute, async (c) => {
    const version = await rules(c).getVersion(tenantOf(c), c.req.valid('param').id);
    if (!version) throw notFound('没有这个规则版本');
    // The workbook code loads with the Excel library on first use: a cold start does not read it.
    const { ruleSetWorkbook } = await import('./rule-workbook');
    const body = await ruleSetWorkbook(version.ruleSet, version.effectiveFrom);
    const headers = {
      'content-type': XLSX_TYPE,
      'content-disposition': attachment(`${version.ruleSet.name}（${version.effectiveFrom}）`),
    };
    return c.body(body, 200, headers);
  })
  .openapi(importRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { version, workbookBase64 } = c.req.valid('json');
    const draft = await draftOr404(c, id);
    const { parseRuleSetWorkbook } = await import('./rule-workbook');
    const result = await parseRuleSetWorkbook(Buffer.from(workbookBase64, 'base64'), draft.ruleSet);
    if ('errors' in result) {
      throw new ProblemError(422, '无法处理', `Excel 中有${result.errors.length}处无法导入，草稿未改动`, {
        code: 'invalid_workbook',
        invalidParams: result.errors.map((e) => ({ path: `workbook.${e.sheet}!${e.cell}`, message: e.message })),
        cellErrors: result.errors,
      });
    }
    const auth = c.get('auth');
    const saved = await rules(c).updateDraft(
      tenantOf(c),
      id,
      version,
      result.ruleSet,
      auth.userId,
      c.get('deps').now().toISOString(),
    );
    await audit(c, {
      action: 'rules.draft.import',
      targetType: 'rule_draft',
      targetId: id,
      details: { version: saved.version },
    });
    return c.json(saved, 200);
  });
