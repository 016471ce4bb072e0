import {
  CaseRepository,
  OrgRepository,
  QueryCodeRepository,
  TenancyRepository,
  type CaseView,
  type QueryCodeTarget,
} from '@xinfang/store';
import type { Context } from 'hono';
import type { AppEnv } from '../../app-env';
import { notFound } from '../../http/problem';
import { repo } from '../../http/repo';
import { hashQueryCode } from '../../query-code/query-code';

/** The one answer for every code that finds nothing: unknown, revoked, mistyped or malformed alike. */
export const UNKNOWN_CODE = '没有找到与该查询码对应的信访事项。请核对查询码；如已遗失，请联系登记的信访室重新发放。';

/**
 * The case a code names. Every code goes the same way (hash, one GetItem by the hash): no format check, no early
 * answer, so neither the answer nor its cost tells a wrong code from one that never existed.
 */
export async function findTrackedCase(
  c: Context<AppEnv>,
  code: string,
): Promise<{ target: QueryCodeTarget; view: CaseView }> {
  const target = await repo(c, QueryCodeRepository).find(hashQueryCode(code));
  if (!target) throw notFound(UNKNOWN_CODE);
  const view = await repo(c, CaseRepository).view(target.tenantId, target.caseId);
  if (!view) throw notFound(UNKNOWN_CODE);
  return { target, view };
}

/** The township's and the handling units' names (a unit no longer on the chart is left out rather than shown by id). */
export async function publicNames(
  c: Context<AppEnv>,
  target: QueryCodeTarget,
  view: CaseView,
): Promise<{ township: string; units: string[] }> {
  const township = await repo(c, TenancyRepository).getTownship(target.tenantId);
  const org = repo(c, OrgRepository);
  const units: string[] = [];
  for (const id of view.state.responsibleUnitIds) {
    const unit = await org.get(target.tenantId, 'unit', id);
    if (unit) units.push(unit.name);
  }
  return { township: township?.name ?? '', units };
}
