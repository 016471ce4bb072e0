import { StoreError } from '../store-error';

/** The draft changed since the caller read it (or is already published): the API answers 409 with the current version. */
export class RuleDraftConflictError extends Error {
  constructor(
    readonly draftId: string,
    readonly currentVersion: number,
    readonly reason: 'stale_version' | 'already_published',
  ) {
    super(
      reason === 'already_published' ? `草稿${draftId}已发布` : `草稿${draftId}已被修改，当前版本为${currentVersion}`,
    );
    this.name = 'RuleDraftConflictError';
  }
}

export class RuleDraftNotFoundError extends Error {
  constructor(readonly draftId: string) {
    super(`没有草稿${draftId}`);
    this.name = 'RuleDraftNotFoundError';
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
