import { RuleSet } from '@xinfang/domain';
import { z } from 'zod';

/** A published version: immutable once written. `versionId` equals the rule set's own `id`, which ledger entries cite. */
export const PublishedRuleVersion = z.object({
  tenantId: z.string(),
  versionId: z.string(),
  effectiveFrom: z.string(),
  ruleSet: RuleSet,
  publishedAt: z.string(),
  publishedBy: z.string(),
  /** The draft it came from; absent for the rules saved when the township was onboarded. */
  fromDraftId: z.string().optional(),
});
export type PublishedRuleVersion = z.infer<typeof PublishedRuleVersion>;

/** A draft the township admin edits; every update is conditional on `version`. */
export const RuleDraft = z.object({
  tenantId: z.string(),
  draftId: z.string(),
  version: z.number().int().positive(),
  status: z.enum(['open', 'published']),
  /** The published version it was copied from, or `default` for the default pack. */
  basedOn: z.string(),
  ruleSet: RuleSet,
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  publishedVersionId: z.string().optional(),
  publishedEffectiveFrom: z.string().optional(),
});
export type RuleDraft = z.infer<typeof RuleDraft>;

/** A district's template for new townships. */
export const RuleTemplate = z.object({
  districtId: z.string(),
  ruleSet: RuleSet,
  updatedAt: z.string(),
});
export type RuleTemplate = z.infer<typeof RuleTemplate>;

export const ruleKeys = {
  versions: (tenantId: string) => `T#${tenantId}#RULES`,
  version: (effectiveFrom: string, versionId: string) => `V#${effectiveFrom}#${versionId}`,
  /** The uniqueness item of an effective date: names the one version that may take it. */
  effectiveDate: (effectiveFrom: string) => `EFF#${effectiveFrom}`,
  drafts: (tenantId: string) => `T#${tenantId}#RULEDRAFT`,
  draft: (draftId: string) => `D#${draftId}`,
  template: (districtId: string) => `D#${districtId}#RULETEMPLATE`,
};

/** Drops the key attributes before parsing, so what the repository returns is exactly the schema. */
export function withoutKeys(item: Record<string, unknown>): Record<string, unknown> {
  const { pk: _pk, sk: _sk, entity: _entity, ...rest } = item;
  return rest;
}
