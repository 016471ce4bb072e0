import { ApiError } from '../../../lib/api-error';
import type { RetroactiveChange } from '../api/types';

/** The issued periods and persons a refused retroactive publish (409 `retroactive_change`) names; else undefined. */
export function retroactiveChangeOf(error: unknown): RetroactiveChange | undefined {
  if (!(error instanceof ApiError) || error.status !== 409 || error.problem.code !== 'retroactive_change')
    return undefined;
  const periods = error.problem.extensions?.['affectedPeriods'];
  return Array.isArray(periods) ? ({ affectedPeriods: periods } as RetroactiveChange) : undefined;
}
