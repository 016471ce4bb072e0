/** The year's honour changed since the caller read it (version 0 = "not set yet"): the API answers 409. */
export class HonourConflictError extends Error {
  constructor(
    readonly year: number,
    readonly currentVersion: number,
  ) {
    super(`${year}年的模范乡镇称号已被修改，当前版本为${currentVersion}`);
    this.name = 'HonourConflictError';
  }
}
