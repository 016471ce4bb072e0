import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { zhCN } from '../i18n/zh-CN';
import { ApiError, networkError, parseProblem } from './api-error';
import { errorMessage } from './error-message';

describe('parseProblem', () => {
  it('reads an RFC 9457 body with the field at fault', () => {
    const problem = parseProblem(
      {
        type: 'https://xinfang.example/problems/validation',
        title: 'Invalid input',
        status: 422,
        detail: '日期格式错误',
        field: 'visitDate',
        errors: [{ path: ['visits', 0, 'date'], message: '必须是 YYYY-MM-DD' }],
      },
      422,
    );
    expect(problem).toEqual({
      type: 'https://xinfang.example/problems/validation',
      title: 'Invalid input',
      status: 422,
      detail: '日期格式错误',
      field: 'visitDate',
      errors: [{ field: 'visits.0.date', message: '必须是 YYYY-MM-DD' }],
    });
  });

  it('still yields the HTTP status when the body is not problem+json', () => {
    expect(parseProblem(undefined, 502, 'Bad Gateway')).toEqual({
      type: 'about:blank',
      title: 'Bad Gateway',
      status: 502,
      errors: [],
    });
  });

  it('ignores malformed entries in errors', () => {
    const problem = parseProblem({ title: 'x', errors: [42, { field: 'a' }, { field: 'b', message: 'bad' }] }, 400);
    expect(problem.errors).toEqual([{ field: 'b', message: 'bad' }]);
    expect(problem.status).toBe(400);
  });
});

describe('errorMessage', () => {
  const t = i18next.createInstance();
  void t.init({ lng: 'zh-CN', initAsync: false, resources: { 'zh-CN': { translation: zhCN } } });

  it('tells the user in Chinese what went wrong and which field is at fault', () => {
    const error = new ApiError(
      parseProblem({ title: 'Invalid', status: 400, errors: [{ field: 'amountFen', message: '必须为整数' }] }, 400),
    );
    expect(errorMessage(error, t.t)).toBe('请求内容有误：amountFen: 必须为整数');
  });

  it('explains a lost connection', () => {
    expect(errorMessage(networkError(new TypeError('Failed to fetch')), t.t)).toBe('无法连接服务器：Failed to fetch');
  });

  it('names an optimistic-concurrency conflict', () => {
    expect(errorMessage(new ApiError(parseProblem({ title: 'Conflict' }, 409)), t.t)).toBe(
      '数据已被他人修改，请刷新后重试',
    );
  });
});
