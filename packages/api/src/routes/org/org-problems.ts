import {
  AssignmentAlreadyEndedError,
  MainAssignmentOverlapError,
  OrgItemExistsError,
  OrgItemNotFoundError,
  OrgVersionConflictError,
  TownshipNotFoundError,
} from '@xinfang/store';
import { conflict, notFound, unprocessable } from '../../http/problem';

const KIND_LABELS: Record<string, string> = { unit: '单位', person: '人员', assignment: '任职' };

/** Maps the org store's typed errors to problems; anything else is rethrown as is (a 500). */
export function orgProblem(error: unknown): unknown {
  if (error instanceof OrgVersionConflictError) {
    return conflict(`${KIND_LABELS[error.kind] ?? ''}已被他人修改，请刷新后重试（当前版本 ${error.currentVersion}）`, {
      code: 'version_conflict',
      currentVersion: error.currentVersion,
    });
  }
  if (error instanceof OrgItemExistsError)
    return conflict(`${KIND_LABELS[error.kind] ?? ''}编号已存在：${error.id}`, { code: 'id_exists' });
  if (error instanceof AssignmentAlreadyEndedError) {
    return conflict(`任职已于 ${error.to} 结束`, { code: 'assignment_ended', currentVersion: error.currentVersion });
  }
  if (error instanceof MainAssignmentOverlapError) {
    // The same refusal as the org check's (validateOrg's overlapping_main), decided by the store under concurrency.
    const message = `单位的主要责任人任期与任职 ${error.otherId} 重叠`;
    return unprocessable(message, [{ path: 'body.from', message }], 'overlapping_main');
  }
  // Another township's id lands here too: the lookup is keyed by the caller's tenant, so it simply is not there.
  if (error instanceof OrgItemNotFoundError) return notFound(`${KIND_LABELS[error.kind] ?? ''}不存在：${error.id}`);
  if (error instanceof TownshipNotFoundError) return notFound('本乡镇尚未接入');
  return error;
}

/** Runs a store call, turning its typed errors into problems. */
export async function orgCall<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw orgProblem(error);
  }
}
