export class LedgerEntryNotFoundError extends Error {
  constructor(readonly entryId: string) {
    super(`台账中没有条目${entryId}`);
    this.name = 'LedgerEntryNotFoundError';
  }
}

/** An entry is reversed at most once; a second reversal would double the correction. */
export class LedgerAlreadyReversedError extends Error {
  constructor(readonly entryId: string) {
    super(`条目${entryId}已冲销`);
    this.name = 'LedgerAlreadyReversedError';
  }
}
