import { describe, expect, it } from 'vitest';
import { fieldNameOf } from './form-errors';

describe('fieldNameOf', () => {
  it('turns the API path of a body field into the form field name', () => {
    expect(fieldNameOf('body.items[2].caseId')).toEqual(['items', 2, 'caseId']);
    expect(fieldNameOf('body.place')).toEqual(['place']);
    expect(fieldNameOf('body.caseIds[0]')).toEqual(['caseIds', 0]);
  });
  it('leaves paths outside the body to the message above the form', () => {
    expect(fieldNameOf('path.month')).toBeUndefined();
  });
});
