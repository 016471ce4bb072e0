// Types are the API's own (`import type` only).
import type {
  OrgView,
  ScreeningLedgerList,
  ScreeningLedgerView,
  ScreeningMissing,
  ScreeningSubmission,
} from '@xinfang/api';

export type { ScreeningLedgerList, ScreeningLedgerView, ScreeningMissing, ScreeningSubmission };
export type ScreeningItem = ScreeningSubmission['items'][number];

/** A unit of `GET /api/org/units`: the ledger names a unit by id, the page shows its name. */
export type UnitName = Pick<OrgView['units'][number], 'id' | 'name' | 'kind'>;
