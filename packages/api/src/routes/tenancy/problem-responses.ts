import { ProblemSchema } from '../../http/problem';

const DESCRIPTIONS = {
  400: '请求无效（invalidParams 指出字段）',
  401: '未登录',
  403: '无权访问',
  404: '未找到（或属于其他乡镇）',
  409: '冲突（编号已存在或版本已过期，currentVersion 为当前版本）',
  422: '引用无效（invalidParams 指出字段）',
} as const;
type ProblemStatus = keyof typeof DESCRIPTIONS;
interface ProblemResponse {
  description: string;
  content: { 'application/problem+json': { schema: typeof ProblemSchema } };
}

/** The problem+json responses of a route, for its OpenAPI document. */
export function problemResponses<S extends ProblemStatus>(...statuses: S[]): Record<S, ProblemResponse> {
  const out: Partial<Record<S, ProblemResponse>> = {};
  for (const s of statuses) out[s] = { description: DESCRIPTIONS[s], content: { 'application/problem+json': { schema: ProblemSchema } } };
  return out as Record<S, ProblemResponse>;
}
