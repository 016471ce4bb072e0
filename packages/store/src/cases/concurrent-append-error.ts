import { StoreError } from '../store-error';

/** Another writer appended to the case first: the caller's view is stale. The API answers 409 with `currentSeq`. */
export class ConcurrentAppendError extends StoreError {
  constructor(
    readonly caseId: string,
    /** The case's latest seq now. */
    readonly currentSeq: number,
  ) {
    // Officials read the detail on the case's own page: no internal id, no sequence number (it is in `currentSeq`).
    super('conflict', 'stale_case', '该信访事项已被他人更新，请刷新后重试', { currentSeq });
  }
}

/** No case with this id in the tenant (another tenant's id looks the same: not found). */
export class CaseNotFoundError extends StoreError {
  constructor(readonly caseId: string) {
    super('not_found', 'case_not_found', '信访事项不存在');
  }
}
