import { createRoute } from '@hono/zod-openapi';
import { problemResponse } from '../../http/problem-responses';
import { findTrackedCase, publicNames } from './find-tracked-case';
import { presentPublicCase } from './public-view';
import { problems } from './problem-responses';
import { PublicCaseViewSchema, TrackRequestSchema } from './schemas';
import { createRouter } from '../../http/router';
import { json, jsonContent } from '../../http/json-response';

const route = createRoute({
  method: 'post',
  path: '/track',
  tags: ['public'],
  summary: '信访人凭查询码查询办理进度（无需登录）',
  description: '查询码放在请求体中而非地址里，不进入访问日志。每个 IP 有请求频率限制（429）。',
  request: { body: { required: true, ...jsonContent(TrackRequestSchema) } },
  responses: {
    200: json(PublicCaseViewSchema, 'The case as its petitioner sees it'),
    ...problems(400, 404),
    429: problemResponse('请求过于频繁，请稍后再试（Retry-After 秒）'),
  },
});

export const trackRoutes = createRouter().openapi(route, async (c) => {
  const { target, view } = await findTrackedCase(c, c.req.valid('json').code);
  const names = await publicNames(c, target, view);
  return c.json(presentPublicCase(view.state, view.record.events, names), 200);
});
