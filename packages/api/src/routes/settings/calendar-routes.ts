import { createRoute } from '@hono/zod-openapi';
import { createCalendar } from '@xinfang/domain';
import { CalendarOverrideRepository } from '@xinfang/store';
import { requireRole, TOWNSHIP_READERS, townshipOf } from '../../auth/middleware';
import { audit } from '../../http/audit';
import { notFound } from '../../http/problem';
import { repo } from '../../http/repo';
import { createSecuredRouter } from '../../http/router';
import { problemResponses } from '../tenancy/problem-responses';
import { calendarYear, presentOverride } from './calendar-warning';
import {
  CalendarOverrideBody,
  CalendarOverrideListSchema,
  CalendarOverrideSchema,
  CalendarYearSchema,
  DateParam,
  YearParam,
  YearQuery,
} from './settings-schemas';
import { json, jsonContent } from '../../http/json-response';

const security = [{ bearer: [] }];
/** Only the township admin keeps the township's settings; everyone in the township reads them. */
const SETTINGS_WRITERS = ['township_admin'] as const;

const listRoute = createRoute({
  method: 'get',
  path: '/overrides',
  tags: ['calendar'],
  summary: '本乡镇录入的节假日与调休（可按年份筛选）',
  security,
  middleware: [requireRole(...TOWNSHIP_READERS)] as const,
  request: { query: YearQuery },
  responses: { 200: json(CalendarOverrideListSchema, 'Overrides by date'), ...problemResponses(400, 401, 403) },
});

const putRoute = createRoute({
  method: 'put',
  path: '/overrides/{date}',
  tags: ['calendar'],
  summary: '录入或修改某一天：放假日或调休上班日（用于官方安排尚未包含的年份）',
  security,
  middleware: [requireRole(...SETTINGS_WRITERS)] as const,
  request: {
    params: DateParam,
    body: { required: true, ...jsonContent(CalendarOverrideBody) },
  },
  responses: { 200: json(CalendarOverrideSchema, 'The override as saved'), ...problemResponses(400, 401, 403) },
});

const deleteRoute = createRoute({
  method: 'delete',
  path: '/overrides/{date}',
  tags: ['calendar'],
  summary: '删除某一天的录入（恢复官方安排或按周末计算）',
  description: '录入属于设置而非台账数据，可以删除；删除记入审计日志。',
  security,
  middleware: [requireRole(...SETTINGS_WRITERS)] as const,
  request: { params: DateParam },
  responses: { 204: { description: 'Removed' }, ...problemResponses(400, 401, 403, 404) },
});

const yearRoute = createRoute({
  method: 'get',
  path: '/year/{year}',
  tags: ['calendar'],
  summary: '某年的日历状态：官方安排是否已知、本乡镇的录入，以及缺失时的提示',
  security,
  middleware: [requireRole(...TOWNSHIP_READERS)] as const,
  request: { params: YearParam },
  responses: { 200: json(CalendarYearSchema, 'The year'), ...problemResponses(400, 401, 403) },
});

// The official arrangement alone: a calendar built with the township's overrides would "know" any year it has entries for.
const official = createCalendar();

/** /api/calendar: the township's calendar overrides (settings: kept per township, not ledger data). */
export const calendarRoutes = createSecuredRouter()
  .openapi(listRoute, async (c) => {
    const { year } = c.req.valid('query');
    const items = await repo(c, CalendarOverrideRepository).list(
      townshipOf(c.get('auth')),
      year === undefined ? undefined : Number(year),
    );
    return c.json({ ...(year === undefined ? {} : { year: Number(year) }), items: items.map(presentOverride) }, 200);
  })
  .openapi(putRoute, async (c) => {
    const auth = c.get('auth');
    const { date } = c.req.valid('param');
    const body = c.req.valid('json');
    const { item, previous } = await repo(c, CalendarOverrideRepository).put(
      townshipOf(auth),
      { date, working: body.working, name: body.name },
      { by: auth.userId, at: c.get('deps').now().toISOString() },
    );
    await audit(c, {
      action: 'calendar.override.put',
      targetType: 'calendar_override',
      targetId: date,
      details: {
        working: body.working,
        name: body.name,
        ...(previous ? { previous: { working: previous.working, name: previous.name } } : {}),
      },
    });
    return c.json(presentOverride(item), 200);
  })
  .openapi(deleteRoute, async (c) => {
    const { date } = c.req.valid('param');
    const removed = await repo(c, CalendarOverrideRepository).remove(townshipOf(c.get('auth')), date);
    if (!removed) throw notFound(`${date}没有录入`);
    await audit(c, {
      action: 'calendar.override.delete',
      targetType: 'calendar_override',
      targetId: date,
      details: { working: removed.working, name: removed.name },
    });
    return c.body(null, 204);
  })
  .openapi(yearRoute, async (c) => {
    const year = Number(c.req.valid('param').year);
    const overrides = await repo(c, CalendarOverrideRepository).list(townshipOf(c.get('auth')), year);
    return c.json(calendarYear(year, official.knows(year), overrides), 200);
  });
