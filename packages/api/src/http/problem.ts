import { z } from '@hono/zod-openapi';

/** One bad field of a request: where it is (a JSON path like `body.units[2].name`) and what is wrong. */
export interface InvalidParam {
  path: string;
  message: string;
}

/** An RFC 9457 problem the API answers with; throw it anywhere, `app.onError` renders it. */
export class ProblemError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 412 | 422 | 428 | 429 | 500 | 503,
    readonly title: string,
    readonly detail?: string,
    readonly extra: { invalidParams?: InvalidParam[]; code?: string; [key: string]: unknown } = {},
  ) {
    super(detail ?? title);
    this.name = 'ProblemError';
  }
}

export const badRequest = (detail: string, invalidParams?: InvalidParam[]) =>
  new ProblemError(400, '请求无效', detail, invalidParams ? { invalidParams } : {});
export const unauthorized = (detail = '需要有效的登录凭证') => new ProblemError(401, '未登录', detail);
export const forbidden = (detail = '无权访问该资源') => new ProblemError(403, '无权访问', detail);
export const notFound = (detail = '资源不存在') => new ProblemError(404, '未找到', detail);
export const conflict = (detail: string, extra: Record<string, unknown> = {}) =>
  new ProblemError(409, '冲突', detail, extra);
export const tooManyRequests = (retryAfterSeconds: number) =>
  new ProblemError(429, '请求过于频繁', `请 ${retryAfterSeconds} 秒后再试`, { retryAfter: retryAfterSeconds });
export const unprocessable = (detail: string, invalidParams?: InvalidParam[], code?: string) =>
  new ProblemError(422, '无法处理', detail, { ...(invalidParams ? { invalidParams } : {}), ...(code ? { code } : {}) });

/** The problem+json body, as documented in the OpenAPI document. */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    code: z.string().optional(),
    invalidParams: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .openapi('Problem');
export type Problem = z.infer<typeof ProblemSchema>;

/** Renders the problem body; `type` names the status so clients can switch on it. */
export function problemBody(error: ProblemError, instance: string, requestId: string | undefined): Problem {
  const { invalidParams, code, ...rest } = error.extra;
  return {
    type: `https://xinfang.dev/problems/${error.status}`,
    title: error.title,
    status: error.status,
    ...(error.detail ? { detail: error.detail } : {}),
    instance,
    ...(requestId ? { requestId } : {}),
    ...(code ? { code } : {}),
    ...(invalidParams ? { invalidParams } : {}),
    ...rest,
  };
}
