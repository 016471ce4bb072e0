import { problemPicker } from '../../http/problem-responses';

/** The problem+json responses of case routes, for the OpenAPI document. */
export const problems = problemPicker({
  403: '当前角色或单位无权操作',
  404: '信访事项不存在（包括其他乡镇的事项）',
  409: '记录已被他人更新（currentSeq 为当前序号），或同一请求正在处理',
  422: '该操作在当前状态下不允许（code 说明原因），或单位不存在',
});
