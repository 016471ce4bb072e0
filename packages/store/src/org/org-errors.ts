import { StoreError } from '../store-error';

const KIND_LABELS: Record<string, string> = { unit: '单位', person: '人员', assignment: '任职' };
const label = (kind: string) => KIND_LABELS[kind] ?? '';

/** An update named a version that is no longer current (someone else saved first). */
export class OrgVersionConflictError extends StoreError {
  constructor(
    readonly recordKind: string,
    readonly id: string,
    readonly currentVersion: number,
  ) {
    super(
      'conflict',
      'version_conflict',
      `${label(recordKind)}已被他人修改，请刷新后重试（当前版本 ${currentVersion}）`,
      {
        currentVersion,
      },
    );
  }
}

/** A create named an id the township already uses for that kind of record. */
export class OrgItemExistsError extends StoreError {
  constructor(
    readonly recordKind: string,
    readonly id: string,
  ) {
    super('conflict', 'id_exists', `${label(recordKind)}编号已存在：${id}`);
  }
}

/**
 * An update or end named a record the township does not have. Another township's id lands here too: the lookup is
 * keyed by the caller's tenant, so it simply is not there.
 */
export class OrgItemNotFoundError extends StoreError {
  constructor(
    readonly recordKind: string,
    readonly id: string,
  ) {
    super('not_found', 'not_found', `${label(recordKind)}不存在：${id}`);
  }
}

/** Ending an assignment that already has an end date. */
export class AssignmentAlreadyEndedError extends StoreError {
  constructor(
    readonly id: string,
    readonly to: string,
    readonly currentVersion: number,
  ) {
    super('conflict', 'assignment_ended', `任职已于 ${to} 结束`, { currentVersion });
  }
}

/** The org of a township that has no profile (never onboarded). */
export class TownshipNotFoundError extends StoreError {
  constructor(readonly townshipId: string) {
    super('not_found', 'township_not_found', '本乡镇尚未接入');
  }
}

/**
 * A main responsible person assigned to a unit for dates another main assignment of the unit already covers: the
 * same refusal as the org check's (validateOrg's overlapping_main), decided by the store under concurrency.
 */
export class MainAssignmentOverlapError extends StoreError {
  constructor(
    readonly unitId: string,
    readonly id: string,
    readonly otherId: string,
  ) {
    const message = `单位的主要责任人任期与任职 ${otherId} 重叠`;
    super('unprocessable', 'overlapping_main', message, { invalidParams: [{ path: 'body.from', message }] });
  }
}
