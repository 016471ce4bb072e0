import type { RuleSet } from '@xinfang/domain';
import { RuleTemplateRepository, RulesRepository } from '@xinfang/store';
import type { Context } from 'hono';
import type { AppEnv } from '../../app-env';
import { repo } from '../../http/repo';

/** The rule set a newly onboarded township starts with: a copy of its district's template, else the default pack. */
export function initialRulesFor(c: Context<AppEnv>, districtId: string): Promise<RuleSet> {
  return repo(c, RuleTemplateRepository).templateFor(districtId);
}

/**
 * Saves the township's first rule-set version, so its first visit is already judged by some rules. Idempotent in the
 * rules store: a retried onboarding finds the same version and keeps it.
 */
export async function saveInitialRules(
  c: Context<AppEnv>,
  townshipId: string,
  districtId: string,
  at: string,
): Promise<RuleSet> {
  const ruleSet = await initialRulesFor(c, districtId);
  const saved = await repo(c, RulesRepository).saveInitialRules(townshipId, ruleSet, { by: c.get('auth').userId, at });
  return saved.ruleSet;
}
