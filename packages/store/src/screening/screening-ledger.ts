import { z } from 'zod';
import { StoreError } from '../store-error';

/**
 * One line of a unit's monthly screening ledger (排查台账): a risk or a dispute in the unit's area and how far it
 * has been handled. It describes a matter, never a person: there is no field for anyone's identity, and the
 * product keeps no list of petitioners (domain.md, Scope).
 */
export const ScreeningItem = z.object({
  title: z.string().trim().min(1, '请填写事项名称').max(200),
  /** risk 风险隐患 · dispute 矛盾纠纷 */
  kind: z.enum(['risk', 'dispute']),
  description: z.string().max(2000).default(''),
  /** open 未化解 · in_progress 化解中 · resolved 已化解 */
  status: z.enum(['open', 'in_progress', 'resolved']),
});
export type ScreeningItem = z.infer<typeof ScreeningItem>;

/** A unit's ledger for one month; a re-submission replaces it and bumps `version`. An empty list is a valid 零报告. */
export const ScreeningLedger = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  unitId: z.string().min(1),
  items: z.array(ScreeningItem).max(500),
  version: z.number().int().positive(),
  submittedAt: z.string(),
  submittedBy: z.string(),
});
export type ScreeningLedger = z.infer<typeof ScreeningLedger>;

/** A re-submission raced another one, or named a version that is no longer current. */
export class ScreeningVersionConflictError extends StoreError {
  constructor(
    readonly unitId: string,
    readonly currentVersion: number,
  ) {
    super('conflict', 'version_conflict', '台账已被他人更新，请刷新后重试', { currentVersion });
  }
}
