import { createRoute, z } from '@hono/zod-openapi';
import { OrgItemExistsError, OrgRepository } from '@xinfang/store';
import type { Context } from 'hono';
import type { AppEnv } from '../../app-env';
import { requireRole, townshipOf } from '../../auth/middleware';
import { audit } from '../../http/audit';
import { idempotent } from '../../http/idempotency';
import { unprocessable } from '../../http/problem';
import { repo } from '../../http/repo';
import { createRouter } from '../../http/router';
import { problemResponses } from '../tenancy/problem-responses';
import type { ImportPlan } from './import-plan';
import { ImportFileSchema, ImportPreviewSchema, ImportResultSchema } from './import-schemas';
import { readWorkbook, templateWorkbook, XLSX_TYPE } from './import-sheet';
import { json, jsonContent } from '../../http/json-response';

const fileBody = { body: { required: true, ...jsonContent(ImportFileSchema) } };

const template = createRoute({
  method: 'get',
  path: '/template',
  tags: ['org'],
  summary: '下载单位和人员导入模板（Excel）',
  security: [{ bearer: [] }],
  middleware: [requireRole('township_admin')] as const,
  responses: {
    200: {
      description: 'The template',
      content: { [XLSX_TYPE]: { schema: z.string().openapi({ format: 'binary' }) } },
    },
    ...problemResponses(401, 403),
  },
});

const preview = createRoute({
  method: 'post',
  path: '/preview',
  tags: ['org'],
  summary: '预览导入：逐行列出将新增和已存在的单位、人员，以及每行的错误（行号、列、原因）；不写入',
  security: [{ bearer: [] }],
  middleware: [requireRole('township_admin')] as const,
  request: fileBody,
  responses: { 200: json(ImportPreviewSchema, 'What a commit would do'), ...problemResponses(400, 401, 403, 404) },
});

const commit = createRoute({
  method: 'post',
  path: '/commit',
  tags: ['org'],
  summary: '确认导入：整份文件校验通过后写入无误的行（有误的行不导入）；重复提交不会重复新增',
  security: [{ bearer: [] }],
  middleware: [requireRole('township_admin'), idempotent] as const,
  request: fileBody,
  responses: { 200: json(ImportResultSchema, 'Imported'), ...problemResponses(400, 401, 403, 404, 422) },
});

async function plan(c: Context<AppEnv>, file: string): Promise<ImportPlan> {
  const book = await readWorkbook(Buffer.from(file, 'base64'));
  const org = await repo(c, OrgRepository).loadOrg(townshipOf(c.get('auth')));
  // Loaded on the first import (the plan is only ever needed with a workbook): a cold start does not read it.
  const { planImport } = await import('./import-plan');
  return planImport(org, book);
}

export const importRoutes = createRouter()
  .openapi(template, async (c) => {
    const name = encodeURIComponent('组织导入模板.xlsx');
    return c.body(new Uint8Array(await templateWorkbook()), 200, {
      'content-type': XLSX_TYPE,
      'content-disposition': `attachment; filename="org-template.xlsx"; filename*=UTF-8''${name}`,
    });
  })
  .openapi(preview, async (c) => {
    const { units, people, errors, problems } = await plan(c, c.req.valid('json').file);
    return c.json({ units, people, errors, problems }, 200);
  })
  .openapi(commit, async (c) => {
    const tenantId = townshipOf(c.get('auth'));
    const result = await plan(c, c.req.valid('json').file);
    // Validated whole before the first write: a file-level problem (or an org the additions would break) writes nothing.
    if (result.problems.length > 0) {
      throw unprocessable(
        result.problems[0] ?? '',
        result.problems.map((message) => ({ path: 'body.file', message })),
        'import_invalid',
      );
    }
    const store = repo(c, OrgRepository);
    const at = c.get('deps').now().toISOString();
    let units = 0;
    let people = 0;
    // Offices before villages (the list keeps sheet order; a village's office may come later in the sheet).
    const ordered = [...result.newUnits].sort((a, b) => Number(a.kind === 'village') - Number(b.kind === 'village'));
    for (const unit of ordered) units += await createOnce(() => store.create(tenantId, 'unit', unit, at));
    for (const person of result.newPeople)
      people += await createOnce(() => store.create(tenantId, 'person', person, at));
    await audit(c, {
      action: 'org.import',
      targetType: 'org',
      targetId: tenantId,
      details: { units, people, rowErrors: result.errors.length },
    });
    return c.json(
      {
        created: { units, people },
        existing: {
          units: result.units.length - units,
          people: result.people.length - people,
        },
        errors: result.errors,
      },
      200,
    );
  });

/** 1 if created, 0 if the same deterministic id is already there (a concurrent or retried commit got there first). */
async function createOnce(run: () => Promise<unknown>): Promise<number> {
  try {
    await run();
    return 1;
  } catch (error) {
    if (error instanceof OrgItemExistsError) return 0;
    throw error;
  }
}
