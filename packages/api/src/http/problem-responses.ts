import { ProblemSchema } from './problem';

/** One documented problem+json response of a route, for the OpenAPI document. */
export interface ProblemResponse {
  description: string;
  content: { 'application/problem+json': { schema: typeof ProblemSchema } };
}

export const problemResponse = (description: string): ProblemResponse => ({
  description,
  content: { 'application/problem+json': { schema: ProblemSchema } },
});

/** What each status means anywhere; a route group says more where it knows more (which conflict, which refusal). */
const GENERAL = {
  400: '请求无效（invalidParams 指出字段）',
  401: '未登录',
  403: '无权访问',
  404: '不存在',
  409: '冲突',
  422: '无法处理',
} as const;

export type ProblemStatus = keyof typeof GENERAL;

/** Every problem response of a route group, by status: the group's own descriptions over the general ones. */
export function problemTable(own: Partial<Record<ProblemStatus, string>> = {}): Record<ProblemStatus, ProblemResponse> {
  const at = (s: ProblemStatus) => problemResponse(own[s] ?? GENERAL[s]);
  return { 400: at(400), 401: at(401), 403: at(403), 404: at(404), 409: at(409), 422: at(422) };
}

/** A route group's picker: `pick(401, 403, 404)` spreads into a route's `responses`. */
export function problemPicker(own: Partial<Record<ProblemStatus, string>> = {}) {
  const table = problemTable(own);
  return <S extends ProblemStatus>(...statuses: S[]): Record<S, ProblemResponse> => {
    const out: Partial<Record<S, ProblemResponse>> = {};
    for (const s of statuses) out[s] = table[s];
    return out as Record<S, ProblemResponse>;
  };
}
