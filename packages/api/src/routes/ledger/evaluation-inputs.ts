import type { CaseRecord, Org, RuleSet } from '@xinfang/domain';
import { CaseEventLog, listCaseRecords, OrgRepository, RulesRepository, TownshipNotFoundError } from '@xinfang/store';
import type { Context } from 'hono';
import type { AppEnv } from '../../app-env';
import { notFound } from '../../http/problem';
import { repo } from '../../http/repo';

export interface EvaluationInputs {
  org: Org;
  cases: CaseRecord[];
  ruleVersions: RuleSet[];
}

/**
 * What the evaluator needs for a period, read by Queries only: the org chart, every case with an event in the
 * period's years (each with its whole event list, so repeats and rectification count earlier visits), and
 * the township's published rule versions.
 */
export async function loadEvaluationInputs(c: Context<AppEnv>, tenantId: string, period: { from: string; to: string }): Promise<EvaluationInputs> {
  let org: Org;
  try {
    org = await repo(c, OrgRepository).loadOrg(tenantId);
  } catch (error) {
    if (error instanceof TownshipNotFoundError) throw notFound('本乡镇尚未开通');
    throw error;
  }
  const range = { fromYear: Number(period.from.slice(0, 4)), toYear: Number(period.to.slice(0, 4)) };
  const cases = await listCaseRecords(repo(c, CaseEventLog), tenantId, range);
  const ruleVersions = await repo(c, RulesRepository).ruleSets(tenantId);
  return { org, cases, ruleVersions };
}
