/** What kind of refusal a store error is: the API maps each kind to one status, once, in `app.onError`. */
export type StoreErrorKind = 'invalid' | 'not_found' | 'conflict' | 'unprocessable';

/**
 * A typed refusal of the store (a failed condition, a missing prerequisite). New store errors extend this class so
 * that the API maps them in one place instead of translating them route by route. `details` go into the problem
 * body as they are (no petitioner data, no stack).
 */
export class StoreError extends Error {
  constructor(
    readonly kind: StoreErrorKind,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}
