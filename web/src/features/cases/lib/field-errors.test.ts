import { describe, expect, it } from 'vitest';
import { toFieldErrors } from './field-errors';

describe('toFieldErrors', () => {
  const known = ['category', 'responsibleUnitIds', 'firstVisit.headcount'];

  it('puts body paths on the form fields, an array item on its array field', () => {
    const { fields, other } = toFieldErrors(
      [
        { path: 'body.responsibleUnitIds[1]', message: '本乡镇没有单位 x' },
        { path: 'body.firstVisit.headcount', message: '人数应为正整数' },
      ],
      known,
      '填写有误',
    );
    expect(fields).toEqual([
      { name: ['responsibleUnitIds'], errors: ['本乡镇没有单位 x'] },
      { name: ['firstVisit', 'headcount'], errors: ['人数应为正整数'] },
    ]);
    expect(other).toEqual([]);
  });

  it('shows Chinese instead of an English schema message, and keeps unknown paths apart', () => {
    const { fields, other } = toFieldErrors(
      [
        { path: 'body.category', message: 'Too small: expected string to have >=1 characters' },
        { path: 'body.somethingElse', message: '别的问题' },
      ],
      known,
      '填写有误',
    );
    expect(fields).toEqual([{ name: ['category'], errors: ['填写有误'] }]);
    expect(other).toEqual(['别的问题']);
  });
});
