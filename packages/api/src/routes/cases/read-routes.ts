import { createRoute } from '@hono/zod-openapi';
import type { Context, TypedResponse } from 'hono';
import type { JSONParsed } from 'hono/utils/types';
import { CaseRepository, summaryOf, TownshipSettingsCache } from '@xinfang/store';
import type { AppEnv } from '../../app-env';
import { requireRole, TOWNSHIP_READERS, townshipOf } from '../../auth/middleware';
import { audit } from '../../http/audit';
import { todayInShanghai } from '../../http/dates';
import { notFound } from '../../http/problem';
import { repo } from '../../http/repo';
import { assertUnitMaySee } from './case-access';
import { CaseDetailMemo } from './case-detail-memo';
import { caseListFilter } from './list-filter';
import { namesOf } from './names';
import { presentDetail, presentSummary } from './present';
import { problems } from './problem-responses';
import {
  CaseCountSchema,
  CaseDetailSchema,
  CaseFilterQuerySchema,
  CaseIdParamSchema,
  CaseListQuerySchema,
  CaseListSchema,
  PetitionerSchema,
} from './schemas';
import { createRouter } from '../../http/router';
import { json } from '../../http/json-response';

const list = createRoute({
  method: 'get',
  path: '/',
  tags: ['cases'],
  summary: '信访事项列表（筛选、分页）；单位信息员只看本单位的事项',
  security: [{ bearer: [] }],
  middleware: [requireRole(...TOWNSHIP_READERS)] as const,
  request: { query: CaseListQuerySchema },
  responses: {
    200: json(CaseListSchema, 'One page, newest registration first'),
    ...problems(400, 401, 403),
  },
});

const count = createRoute({
  method: 'get',
  path: '/count',
  tags: ['cases'],
  summary: '符合筛选条件的信访事项件数（与列表相同的筛选）',
  security: [{ bearer: [] }],
  middleware: [requireRole(...TOWNSHIP_READERS)] as const,
  request: { query: CaseFilterQuerySchema },
  responses: {
    200: json(CaseCountSchema, 'The count'),
    ...problems(400, 401, 403),
  },
});

const detail = createRoute({
  method: 'get',
  path: '/{id}',
  tags: ['cases'],
  summary: '信访事项详情：办理记录（时间线）、期限与是否超期；不含信访人信息',
  security: [{ bearer: [] }],
  middleware: [requireRole(...TOWNSHIP_READERS)] as const,
  request: { params: CaseIdParamSchema },
  responses: {
    200: json(CaseDetailSchema, 'The case'),
    ...problems(401, 403, 404),
  },
});

const petitioner = createRoute({
  method: 'get',
  path: '/{id}/petitioner',
  tags: ['cases'],
  summary: '信访人信息（仅本乡镇信访室干部和乡镇管理员；每次查看均记入审计日志）',
  security: [{ bearer: [] }],
  middleware: [requireRole('petition_officer', 'township_admin')] as const,
  request: { params: CaseIdParamSchema },
  responses: {
    200: json(PetitionerSchema, 'The petitioner'),
    ...problems(401, 403, 404),
  },
});

export const readRoutes = createRouter()
  .openapi(list, async (c) => {
    const { cursor, limit, ...q } = c.req.valid('query');
    const { tenantId, today, filter } = await caseListFilter(c, q);
    const paging = { ...(limit ? { limit } : {}), ...(cursor ? { cursor } : {}) };
    const page = await repo(c, CaseRepository).list(tenantId, filter, paging);
    return c.json(
      { items: page.items.map((s) => presentSummary(s, today)), ...(page.cursor ? { cursor: page.cursor } : {}) },
      200,
    );
  })
  .openapi(count, async (c) => {
    const { tenantId, filter } = await caseListFilter(c, c.req.valid('query'));
    return c.json({ count: await repo(c, CaseRepository).count(tenantId, filter) }, 200);
  })
  .openapi(detail, async (c) => {
    const auth = c.get('auth');
    const tenantId = townshipOf(auth);
    const { id } = c.req.valid('param');
    const today = todayInShanghai(c.get('deps').now());
    // A page kept from an earlier read, when one BatchGetItem says nothing it shows has moved since (a new event,
    // a publish, a calendar or org edit, by any process); the caller's own checks still run on it.
    const memo = repo(c, CaseDetailMemo);
    const kept = await memo.current(tenantId, id, today);
    if (kept.kept) {
      assertUnitMaySee(auth, kept.kept.units);
      return detailBody(c, kept.kept.body);
    }
    // One Query for the case; deadlines, calendar and org chart from the versioned per-process cache (one GetItem
    // of the township's version item, sent alongside the Query: a publish or org edit is still seen at once).
    const township = repo(c, TownshipSettingsCache);
    const versionsRead = kept.versions ? Promise.resolve(kept.versions) : township.versions(tenantId);
    const settingsRead = versionsRead.then((versions) => township.foldSettings(tenantId, versions));
    const cases = repo(c, CaseRepository);
    const view = await cases.view(tenantId, id, settingsRead);
    if (!view) throw notFound('信访事项不存在');
    const [versions, settings] = await Promise.all([versionsRead, settingsRead]);
    // Folded from the events just read: the detail is never behind the projection.
    const summary = summaryOf(view.state);
    assertUnitMaySee(auth, summary);
    const org = await township.org(tenantId, versions);
    const names = namesOf(org, view.events, id);
    const caseLeaders = Object.values(names.people);
    const ctx = { calendar: settings.calendar, names, caseLeaders };
    const body = JSON.stringify(presentDetail(summary, view.state, view.events, today, ctx));
    const lastSeq = view.events.at(-1)?.event.seq ?? 0;
    const units = { originUnitId: summary.originUnitId, responsibleUnitIds: summary.responsibleUnitIds };
    memo.keep(tenantId, id, today, { versions, lastSeq, units, body });
    return detailBody(c, body);
  })
  .openapi(petitioner, async (c) => {
    const tenantId = townshipOf(c.get('auth'));
    const { id } = c.req.valid('param');
    const found = await repo(c, CaseRepository).petitioner(tenantId, id);
    if (!found) throw notFound('该信访事项没有登记信访人信息');
    // Every read of a petitioner's identity is on record, without the identity itself.
    await audit(c, { action: 'petitioner.read', targetType: 'case', targetId: id });
    return c.json(found, 200);
  });

/** The case page's JSON as the route's OpenAPI typing expects (`c.body` keeps the headers middleware set). */
function detailBody(c: Context<AppEnv>, body: string) {
  const res: Response = c.body(body, 200, { 'content-type': 'application/json' });
  return res as Response & TypedResponse<JSONParsed<ReturnType<typeof presentDetail>>, 200, 'json'>;
}
