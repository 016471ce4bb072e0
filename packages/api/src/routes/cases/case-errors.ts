import { CaseTransitionError } from '@xinfang/domain';
import { CaseNotFoundError, ConcurrentAppendError, InvalidCursorError, TownshipNotFoundError } from '@xinfang/store';
import { badRequest, conflict, notFound, unprocessable } from '../../http/problem';

/**
 * Runs a case operation, turning the store's and domain's typed errors into problems: a stale or lost append
 * is 409 with `currentSeq`, an impossible transition 422 with its code, an unknown case (or township) 404.
 */
export async function withCaseErrors<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ConcurrentAppendError)
      throw conflict(error.message, { code: 'stale_case', currentSeq: error.currentSeq });
    if (error instanceof CaseTransitionError) throw unprocessable(error.message, undefined, error.code);
    if (error instanceof CaseNotFoundError) throw notFound('信访事项不存在');
    if (error instanceof TownshipNotFoundError) throw notFound('本乡镇尚未接入');
    if (error instanceof InvalidCursorError)
      throw badRequest(error.message, [{ path: 'query.cursor', message: error.message }]);
    throw error;
  }
}
