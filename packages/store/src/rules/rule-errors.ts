import { StoreError } from '../store-error';

/** The draft changed since the caller read it (or is already published): the API answers 409 with the current version. */
export class RuleDraftConflictError extends StoreError {
  constructor(
    readonly draftId: string,
    readonly currentVersion: number,
    readonly reason: 'stale_version' | 'already_published',
  ) {
    super(
      'conflict',
      reason,
      reason === 'already_published'
        ? '规则草稿已发布，不能再修改；请新建草稿'
        : `规则草稿已被他人修改，当前版本为${currentVersion}，请刷新后重试`,
      { currentVersion },
    );
  }
}

export class RuleDraftNotFoundError extends StoreError {
  constructor(readonly draftId: string) {
    super('not_found', 'draft_not_found', `没有规则草稿${draftId}`);
  }
}

/** A version with this id or effective date cannot be written (immutable history). */
export class RuleVersionExistsError extends Error {
  constructor(readonly versionId: string) {
    super(`规则版本${versionId}已存在，已发布的版本不可修改`);
    this.name = 'RuleVersionExistsError';
  }
}

/** One rule version per township and effective date: another version already took this date. */
export class RuleEffectiveDateTakenError extends StoreError {
  constructor(
    readonly effectiveFrom: string,
    readonly takenBy: string,
  ) {
    const message = `生效日期${effectiveFrom}已有规则版本${takenBy}，同一生效日期只能有一个版本`;
    super('conflict', 'effective_date_taken', message, {
      invalidParams: [{ path: 'body.effectiveFrom', message: `${effectiveFrom}已被版本${takenBy}占用` }],
    });
  }
}
