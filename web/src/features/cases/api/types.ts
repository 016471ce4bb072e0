// The part of the OpenAPI `CaseList` the home page needs: how many cases a
// page holds and where the next page starts. Petitioner data is not in it.
import { arr, obj, optStr, str } from '../../../lib/decode';

/** The statuses in which a case is still being worked on (domain `openStatuses`). */
export const OPEN_STATUSES = ['intake', 'routed', 'assigned', 'supervised'] as const;
export type OpenStatus = (typeof OPEN_STATUSES)[number];

export interface CaseIdPage {
  ids: string[];
  cursor: string | undefined;
}

export function decodeCaseIdPage(value: unknown): CaseIdPage {
  const o = obj(value, 'cases');
  return {
    ids: arr(o['items'], 'cases.items').map((item) => str(obj(item, 'case'), 'id')),
    cursor: optStr(o, 'cursor'),
  };
}
