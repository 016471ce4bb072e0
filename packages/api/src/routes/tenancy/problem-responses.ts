import { problemPicker } from '../../http/problem-responses';

/** The problem+json responses of a township, org or settings route, for its OpenAPI document. */
export const problemResponses = problemPicker({
  404: '未找到（或属于其他乡镇）',
  409: '冲突（编号已存在或版本已过期，currentVersion 为当前版本）',
  422: '引用无效（invalidParams 指出字段）',
});
