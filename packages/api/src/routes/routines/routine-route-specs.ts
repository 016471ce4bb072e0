import { createRoute, type z } from '@hono/zod-openapi';
import { requireRole } from '../../auth/middleware';
import { idempotent } from '../../http/idempotency';
import { json, jsonContent } from '../../http/json-response';
import { problemPicker } from '../../http/problem-responses';
import { ROUTINE_READERS, ROUTINE_WRITERS } from './routine-roles';
import { RoutineIdParam, YearQuery } from './schemas';

/** What the OpenAPI document says of one routine's routes (the summaries are read by users of the reference). */
export interface RoutineTexts {
  /** The 404's meaning, e.g. 没有这个接访日. */
  notFound: string;
  list: { summary: string; description: string };
  create: { summary: string; description: string };
  update: { summary: string };
}

/**
 * The three routes each routine (pre-event reviews, reception days) has: a year's records, a new record, and an
 * edit at the version read. Generic over the schemas only: each router's handlers see its own concrete types.
 */
export function routineRouteSpecs<Record extends z.ZodType, List extends z.ZodType, Input extends z.ZodType>(
  schemas: { record: Record; list: List; input: Input },
  texts: RoutineTexts,
) {
  const problems = problemPicker({
    404: texts.notFound,
    409: '已被他人修改（version 过期）',
    422: '事项或领导不属于本乡镇',
  });
  const list = createRoute({
    method: 'get',
    path: '/',
    tags: ['routines'],
    summary: texts.list.summary,
    security: [{ bearer: [] }],
    middleware: [requireRole(...ROUTINE_READERS)] as const,
    request: { query: YearQuery },
    responses: { 200: json(schemas.list, texts.list.description), ...problems(400, 401, 403) },
  });
  const create = createRoute({
    method: 'post',
    path: '/',
    tags: ['routines'],
    summary: texts.create.summary,
    security: [{ bearer: [] }],
    middleware: [requireRole(...ROUTINE_WRITERS), idempotent] as const,
    request: { body: { required: true, ...jsonContent(schemas.input) } },
    responses: { 201: json(schemas.record, texts.create.description), ...problems(400, 401, 403, 409, 422) },
  });
  const update = createRoute({
    method: 'put',
    path: '/{id}',
    tags: ['routines'],
    summary: texts.update.summary,
    security: [{ bearer: [] }],
    middleware: [requireRole(...ROUTINE_WRITERS)] as const,
    request: {
      params: RoutineIdParam,
      body: { required: true, ...jsonContent(schemas.input) },
    },
    responses: { 200: json(schemas.record, 'Saved, version + 1'), ...problems(400, 401, 403, 404, 409, 422) },
  });
  return { list, create, update };
}
