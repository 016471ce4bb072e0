import { versionInForce, type VisitForm } from '@xinfang/domain';
import { RulesRepository } from '@xinfang/store';
import type { Context } from 'hono';
import type { AppEnv } from '../../app-env';
import { unprocessable } from '../../http/problem';
import { repo } from '../../http/repo';

/** domain.md, glossary: collective is 5 or more people unless the township's rule set in force says otherwise. */
const DEFAULT_COLLECTIVE_THRESHOLD = 5;

const FORM_LABELS: Record<VisitForm, string> = { individual: '个人访', collective: '集体访' };

/**
 * The headcount decides the form (domain.md, glossary): a visit recorded through the product whose form contradicts
 * its headcount under the collective threshold in force on the visit's date is refused, 422 naming the form. Else a
 * 20-person visit could be filed as individual and fined less. (Imported files keep the evaluator's warning instead.)
 */
export async function assertFormMatchesHeadcount(
  c: Context<AppEnv>,
  tenantId: string,
  visit: { on: string; form: VisitForm; headcount: number },
  path: string,
): Promise<void> {
  const ruleSets = await repo(c, RulesRepository).ruleSets(tenantId);
  const threshold = versionInForce(ruleSets, visit.on)?.collectiveThreshold ?? DEFAULT_COLLECTIVE_THRESHOLD;
  const byCount: VisitForm = visit.headcount >= threshold ? 'collective' : 'individual';
  if (visit.form === byCount) return;
  const message = `${visit.headcount}人来访应登记为${FORM_LABELS[byCount]}（集体访标准为${threshold}人及以上）`;
  throw unprocessable(message, [{ path, message }], 'form_contradicts_headcount');
}
