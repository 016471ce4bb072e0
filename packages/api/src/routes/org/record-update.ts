import { badRequest, conflict, notFound } from '../../http/problem';

const LABELS: Record<string, string> = { unit: '单位', person: '人员', assignment: '任职' };

/** The id of an updated record is the path's; a body that names another id is a mistake (400), not a rename. */
export function idFromPath(pathId: string, bodyId: string): string {
  if (bodyId !== pathId) {
    throw badRequest('请求体中的编号与地址中的编号不一致', [{ path: 'body.id', message: `应为 ${pathId}` }]);
  }
  return pathId;
}

/**
 * The record as it is now, checked against the version the caller read: 404 when this township has no such
 * record (whatever another township has), 409 with `currentVersion` when someone saved in between.
 * The store's conditional write re-checks, so a race after this point still ends in 409.
 */
export function requireVersion<T extends { id: string; version: number }>(
  records: T[],
  id: string,
  version: number,
  kind: string,
): T {
  const current = records.find((r) => r.id === id);
  if (!current) throw notFound(`${LABELS[kind] ?? ''}不存在：${id}`);
  if (current.version !== version) {
    throw conflict(`${LABELS[kind] ?? ''}已被他人修改，请刷新后重试（当前版本 ${current.version}）`, {
      code: 'version_conflict',
      currentVersion: current.version,
    });
  }
  return current;
}
