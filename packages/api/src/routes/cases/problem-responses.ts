import { ProblemSchema } from '../../http/problem';

const DESCRIPTIONS = {
  400: '请求无效（invalidParams 指出字段）',
  401: '未登录',
  403: '当前角色或单位无权操作',
  404: '信访事项不存在（包括其他乡镇的事项）',
  409: '记录已被他人更新（currentSeq 为当前序号），或同一请求正在处理',
  422: '该操作在当前状态下不允许（code 说明原因），或单位不存在',
} as const;

type ProblemStatus = keyof typeof DESCRIPTIONS;
interface ProblemResponse {
  description: string;
  content: { 'application/problem+json': { schema: typeof ProblemSchema } };
}

/** The problem+json responses of case routes, for the OpenAPI document. */
export function problems<S extends ProblemStatus>(...statuses: S[]): Record<S, ProblemResponse> {
  const out: Partial<Record<S, ProblemResponse>> = {};
  for (const s of statuses) out[s] = { description: DESCRIPTIONS[s], content: { 'application/problem+json': { schema: ProblemSchema } } };
  return out as Record<S, ProblemResponse>;
}
