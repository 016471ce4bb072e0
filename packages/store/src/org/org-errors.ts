/** An update named a version that is no longer current (someone else saved first). */
export class OrgVersionConflictError extends Error {
  constructor(
    readonly kind: string,
    readonly id: string,
    readonly currentVersion: number,
  ) {
    super(`${id} 已被他人修改（当前版本 ${currentVersion}）`);
    this.name = 'OrgVersionConflictError';
  }
}

/** A create named an id the township already uses for that kind of record. */
export class OrgItemExistsError extends Error {
  constructor(
    readonly kind: string,
    readonly id: string,
  ) {
    super(`编号已存在：${id}`);
    this.name = 'OrgItemExistsError';
  }
}

/** An update or end named a record the township does not have. */
export class OrgItemNotFoundError extends Error {
  constructor(
    readonly kind: string,
    readonly id: string,
  ) {
    super(`不存在：${id}`);
    this.name = 'OrgItemNotFoundError';
  }
}

/** Ending an assignment that already has an end date. */
export class AssignmentAlreadyEndedError extends Error {
  constructor(
    readonly id: string,
    readonly to: string,
    readonly currentVersion: number,
  ) {
    super(`任职 ${id} 已于 ${to} 结束`);
    this.name = 'AssignmentAlreadyEndedError';
  }
}

/** The org of a township that has no profile (never onboarded). */
export class TownshipNotFoundError extends Error {
  constructor(readonly townshipId: string) {
    super(`乡镇不存在：${townshipId}`);
    this.name = 'TownshipNotFoundError';
  }
}

/** A main responsible person assigned to a unit for dates another main assignment of the unit already covers. */
export class MainAssignmentOverlapError extends Error {
  constructor(
    readonly unitId: string,
    readonly id: string,
    readonly otherId: string,
  ) {
    super(`单位 ${unitId} 的主要责任人任期与任职 ${otherId} 重叠`);
    this.name = 'MainAssignmentOverlapError';
  }
}
