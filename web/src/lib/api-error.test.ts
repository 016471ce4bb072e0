import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { zhCN } from '../i18n/zh-CN';
import { ApiError, networkError, parseProblem } from './api-error';
import { errorMessage } from './error-message';

describe('parseProblem', () => {
  it('reads an RFC 9457 body with the fields at fault', () => {
    const problem = parseProblem(
      {
        type: 'https://xinfang.dev/problems/400',
        title: '请求无效',
        status: 400,
        detail: '请求内容不符合要求',
        instance: '/api/cases',
        requestId: 'req-1',
        invalidParams: [{ path: 'body.visits[0].date', message: '必须是 YYYY-MM-DD' }],
      },
      400,
    );
    expect(problem).toEqual({
      type: 'https://xinfang.dev/problems/400',
      title: '请求无效',
      status: 400,
      detail: '请求内容不符合要求',
      instance: '/api/cases',
      requestId: 'req-1',
      invalidParams: [{ path: 'body.visits[0].date', message: '必须是 YYYY-MM-DD' }],
    });
  });

  it('still yields the HTTP status when the body is not problem+json', () => {
    expect(parseProblem(undefined, 502, 'Bad Gateway')).toEqual({
      type: 'about:blank',
      title: 'Bad Gateway',
      status: 502,
      invalidParams: [],
    });
  });

  it('ignores malformed entries in invalidParams', () => {
    const problem = parseProblem(
      { title: 'x', invalidParams: [42, { path: 'a' }, { path: 'b', message: 'bad' }] },
      400,
    );
    expect(problem.invalidParams).toEqual([{ path: 'b', message: 'bad' }]);
    expect(problem.status).toBe(400);
  });

  it('keeps the members a screen reacts to, such as a 409’s affected periods', () => {
    const affectedPeriods = [{ periodKey: '2026-03-01_2026-03-31', persons: [] }];
    const problem = parseProblem({ title: '冲突', status: 409, code: 'retroactive_change', affectedPeriods }, 409);
    expect(problem.code).toBe('retroactive_change');
    expect(problem.extensions).toEqual({ affectedPeriods });
    expect(parseProblem({ title: 'x', status: 400 }, 400).extensions).toBeUndefined();
  });
});

describe('errorMessage', () => {
  const t = i18next.createInstance();
  void t.init({ lng: 'zh-CN', initAsync: false, resources: { 'zh-CN': { translation: zhCN } } });

  it('tells the user in Chinese what went wrong and which field is at fault', () => {
    const error = new ApiError(
      parseProblem(
        { title: '请求无效', status: 400, invalidParams: [{ path: 'body.amountFen', message: '必须为整数' }] },
        400,
      ),
    );
    expect(errorMessage(error, t.t)).toBe('请求内容有误：body.amountFen: 必须为整数');
  });

  it('explains a lost connection', () => {
    expect(errorMessage(networkError(new TypeError('Failed to fetch')), t.t)).toBe('无法连接服务器：Failed to fetch');
  });

  it('gives the request ID of a server failure to quote to an administrator', () => {
    const error = new ApiError(
      parseProblem({ title: '服务器内部错误', status: 500, detail: '请稍后重试', requestId: 'r-42' }, 500),
    );
    expect(errorMessage(error, t.t)).toBe('服务器内部错误：请稍后重试（请求编号 r-42）');
  });

  it('names an optimistic-concurrency conflict', () => {
    expect(errorMessage(new ApiError(parseProblem({ title: 'Conflict' }, 409)), t.t)).toBe(
      '数据已被他人修改，请刷新后重试',
    );
  });
});
