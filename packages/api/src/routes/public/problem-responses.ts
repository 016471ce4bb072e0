import { problemPicker } from '../../http/problem-responses';

/** The problem+json responses of the public routes, for the OpenAPI document. */
export const problems = problemPicker({
  404: '没有与该查询码对应的信访事项（未知、已作废或输错的查询码，回答完全相同）',
  409: '本次答复已评价过',
  422: '尚未结案，暂不能评价',
});
