import { StoreError } from './store-error';

/**
 * A paging cursor that is not a key of the very partition read (malformed, or from another list, township or
 * month): the client's mistake, answered 400 naming `query.cursor`.
 */
export class InvalidCursorError extends StoreError {
  constructor() {
    super('invalid', 'invalid_cursor', '分页游标无效', {
      invalidParams: [{ path: 'query.cursor', message: '请使用上一页返回的 cursor' }],
    });
  }
}
