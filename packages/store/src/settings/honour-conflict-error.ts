import { StoreError } from '../store-error';

/** The year's honour changed since the caller read it (version 0 = "not set yet"): the API answers 409. */
export class HonourConflictError extends StoreError {
  constructor(
    readonly year: number,
    readonly currentVersion: number,
  ) {
    super(
      'conflict',
      'version_conflict',
      `${year}年的模范乡镇称号已被他人修改，当前版本为${currentVersion}，请刷新后重试`,
      { currentVersion },
    );
  }
}
