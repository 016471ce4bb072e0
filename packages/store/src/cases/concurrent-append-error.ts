/** Another writer appended to the case first: the caller's view is stale. The API answers 409 with `currentSeq`. */
export class ConcurrentAppendError extends Error {
  override readonly name = 'ConcurrentAppendError';
  constructor(
    readonly caseId: string,
    /** The case's latest seq now. */
    readonly currentSeq: number,
  ) {
    super(`信访事项 ${caseId} 已被他人更新（当前记录序号 ${currentSeq}），请刷新后重试`);
  }
}

/** No case with this id in the tenant (another tenant's id looks the same: not found). */
export class CaseNotFoundError extends Error {
  override readonly name = 'CaseNotFoundError';
  constructor(readonly caseId: string) {
    super(`信访事项不存在：${caseId}`);
  }
}
