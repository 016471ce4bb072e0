import { createRoute } from '@hono/zod-openapi';
import { CaseRepository } from '@xinfang/store';
import { todayInShanghai } from '../../http/dates';
import { conflict, unprocessable } from '../../http/problem';
import { problemResponse } from '../../http/problem-responses';
import { repo } from '../../http/repo';
import { findTrackedCase, publicNames } from './find-tracked-case';
import { petitionerRating, presentPublicCase } from './public-view';
import { problems } from './problem-responses';
import { PublicCaseViewSchema, RateRequestSchema } from './schemas';
import { createRouter } from '../../http/router';
import { json, jsonContent } from '../../http/json-response';

const route = createRoute({
  method: 'post',
  path: '/track/rating',
  tags: ['public'],
  summary: '信访人对答复进行满意度评价（满意 / 基本满意 / 不满意），每次答复评价一次',
  description: '评价记为该事项的满意度事件（source = petitioner），乡镇在事项记录中看到“信访人自评”。',
  request: { body: { required: true, ...jsonContent(RateRequestSchema) } },
  responses: {
    201: json(PublicCaseViewSchema, 'Rated; the case as its petitioner now sees it'),
    ...problems(400, 404, 409, 422),
    429: problemResponse('请求过于频繁，请稍后再试（Retry-After 秒）'),
  },
});

export const rateRoutes = createRouter().openapi(route, async (c) => {
  const body = c.req.valid('json');
  const { target, view } = await findTrackedCase(c, body.code);
  if (view.state.status !== 'closed' && view.state.status !== 'feedback') {
    throw unprocessable('该事项尚未结案，结案后可以评价', undefined, 'not_closed');
  }
  if (petitionerRating(view.record.events)) throw conflict('您已经评价过本次答复', { code: 'already_rated' });
  const today = todayInShanghai(c.get('deps').now());
  // Conditional on the seq just read: of two ratings sent at once, one is stored and the other gets 409.
  const appended = await repo(c, CaseRepository).append({
    tenantId: target.tenantId,
    caseId: target.caseId,
    expectedSeq: view.state.lastSeq,
    event: {
      kind: 'satisfaction',
      on: today,
      result: body.result,
      source: 'petitioner',
      ...(body.comment ? { note: body.comment } : {}),
    },
    recordedAt: c.get('deps').now().toISOString(),
  });
  const names = await publicNames(c, target, view);
  return c.json(presentPublicCase(appended.state, appended.record.events, names), 201);
});
