export type CaseTransitionCode =
  | 'not_registered_first'
  | 'already_registered'
  | 'duplicate_seq'
  | 'before_registration'
  | 'already_accepted'
  | 'not_accepted'
  | 'extension_over_cap'
  | 'extension_after_resolution'
  | 'resolved_when_not_open'
  | 'already_resolved'
  | 'satisfaction_before_closing'
  | 'unknown_visit'
  | 'duplicate_visit'
  | 'bad_transition';

/** An event that cannot happen in the case's current state. `message` is Chinese, for the user. */
export class CaseTransitionError extends Error {
  override readonly name = 'CaseTransitionError';
  constructor(
    readonly code: CaseTransitionCode,
    /** seq of the offending event. */
    readonly seq: number,
    message: string,
    readonly caseId?: string,
  ) {
    super(message);
  }
}
