import { createRoute, z } from '@hono/zod-openapi';
import { CaseRepository, OrgRepository, type CaseSummary } from '@xinfang/store';
import { requireRole, TOWNSHIP_READERS } from '../../auth/middleware';
import { audit } from '../../http/audit';
import { repo } from '../../http/repo';
import { caseListFilter } from './list-filter';
import { presentSummary } from './present';
import { problems } from './problem-responses';
import { CaseFilterQuerySchema } from './schemas';
import { createRouter } from '../../http/router';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** A township's export, not a data dump: past this the caller narrows the filter. */
const MAX_ROWS = 5000;

const route = createRoute({
  method: 'get',
  path: '/export',
  tags: ['cases'],
  summary: '导出筛选后的信访事项列表（Excel）；不含信访人信息',
  security: [{ bearer: [] }],
  middleware: [requireRole(...TOWNSHIP_READERS)] as const,
  request: { query: CaseFilterQuerySchema },
  responses: {
    200: { description: 'The workbook', content: { [XLSX]: { schema: z.string().openapi({ format: 'binary' }) } } },
    ...problems(400, 401, 403),
  },
});

export const exportRoutes = createRouter().openapi(route, async (c) => {
  const { tenantId, today, filter } = await caseListFilter(c, c.req.valid('query'));
  const cases = repo(c, CaseRepository);
  const rows: CaseSummary[] = [];
  let cursor: string | undefined;
  do {
    const page = await cases.list(tenantId, filter, { limit: 100, ...(cursor ? { cursor } : {}) });
    rows.push(...page.items);
    cursor = page.cursor;
  } while (cursor && rows.length < MAX_ROWS);
  const org = await repo(c, OrgRepository).loadOrg(tenantId);
  const unitNames = Object.fromEntries(org.units.map((u) => [u.id, u.name]));
  // Loaded on the first export (with the Excel library): a cold start does not read it.
  const { caseListXlsx } = await import('./case-sheet');
  const body = await caseListXlsx(
    `${org.township.name}信访事项（${today}导出）`,
    rows.slice(0, MAX_ROWS).map((s) => presentSummary(s, today)),
    unitNames,
  );
  await audit(c, {
    action: 'case.export',
    targetType: 'case',
    targetId: 'list',
    details: { rows: Math.min(rows.length, MAX_ROWS) },
  });
  const fileName = encodeURIComponent(`信访事项-${today}.xlsx`);
  return c.body(body, 200, {
    'content-type': XLSX,
    'content-disposition': `attachment; filename="cases.xlsx"; filename*=UTF-8''${fileName}`,
  });
});
