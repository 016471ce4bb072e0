import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { CaseTransitionError } from '@xinfang/domain';
import { StoreError } from '@xinfang/store';
import { ZodError } from 'zod';
import type { AppEnv } from '../app-env';
import { ProblemError, notFound, problemBody } from './problem';
import { invalidParamsOf } from './zod-issues';

const PROBLEM_JSON = 'application/problem+json';

/** Maps every error to problem+json once. A client's mistake is a 4xx; anything else a bare 500, never a stack. */
export function toProblemResponse(error: unknown, c: Context<AppEnv>): Response {
  const problem = asProblem(error);
  if (problem.status >= 500) {
    console.error(
      JSON.stringify({ level: 'error', requestId: c.get('requestId'), path: c.req.path, error: String(error) }),
    );
  }
  const body = problemBody(problem, c.req.path, c.get('requestId'));
  return c.newResponse(JSON.stringify(body), problem.status, { 'content-type': PROBLEM_JSON });
}

/** The answer for a path no route serves (the app's and each route group's). */
export function toNotFoundResponse(c: Context<AppEnv>): Response {
  return toProblemResponse(notFound(`没有这个地址：${c.req.method} ${c.req.path}`), c);
}

function asProblem(error: unknown): ProblemError {
  if (error instanceof ProblemError) return error;
  if (error instanceof StoreError) return fromStoreError(error);
  if (error instanceof ZodError) {
    return new ProblemError(400, '请求无效', '请求内容不符合要求', { invalidParams: invalidParamsOf(error, 'body') });
  }
  // The domain's refusal of an impossible case transition (e.g. a visit on a closed case), with its code.
  if (error instanceof CaseTransitionError)
    return new ProblemError(422, '无法处理', error.message, { code: error.code });
  if (isItemTooLarge(error)) {
    return new ProblemError(400, '请求无效', '内容过大，无法保存：请缩短名称、说明等文字或减少条目');
  }
  if (error instanceof HTTPException) {
    const status = error.status;
    if (status === 401) return new ProblemError(401, '未登录', '需要有效的登录凭证');
    if (status === 404) return new ProblemError(404, '未找到', '资源不存在');
    if (status === 413) return new ProblemError(400, '请求无效', '请求体过大');
    if (status >= 400 && status < 500) return new ProblemError(400, '请求无效', '请求格式错误（例如 JSON 无法解析）');
  }
  return new ProblemError(500, '服务器内部错误', '请稍后重试；如果问题持续，请把请求编号告诉管理员');
}

/**
 * DynamoDB refuses an item over 400 KB with a ValidationException. Only a
 * client's oversized text gets there — every key and attribute the API writes is otherwise bounded — so it is the
 * client's mistake (400), not a server fault. Other ValidationExceptions stay 500: they mean a bug of ours.
 */
function isItemTooLarge(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth += 1) {
    if (e.message.includes('Item size has exceeded the maximum allowed size')) return true;
  }
  return false;
}

const STORE_STATUS = {
  invalid: [400, '请求无效'],
  not_found: [404, '未找到'],
  conflict: [409, '冲突'],
  unprocessable: [422, '无法处理'],
} as const;

/** The store's typed refusals, mapped here once (not per route): the kind gives the status, the code stays. */
function fromStoreError(error: StoreError): ProblemError {
  const [status, title] = STORE_STATUS[error.kind];
  return new ProblemError(status, title, error.message, { code: error.code, ...error.details });
}
