import { CaseRepository, OrgRepository } from '@xinfang/store';
import type { Context } from 'hono';
import type { AppEnv } from '../../app-env';
import { unprocessable, type InvalidParam } from '../../http/problem';
import { repo } from '../../http/repo';

/**
 * Looks up what a routine record names — cases of the caller's township, leaders among its leading cadres — and
 * returns their names to copy in. Anything unknown (another township's id included) is one 422 naming each field.
 */
export async function resolveRefs(
  c: Context<AppEnv>,
  tenantId: string,
  refs: { cases: { path: string; id: string }[]; leaders: { path: string; id: string }[] },
): Promise<{
  caseSummary: (id: string) => string;
  /** `{ caseNumber }` to spread into a record; empty for a case summary written before numbers existed. */
  caseNumber: (id: string) => { caseNumber?: string };
  leaderName: (id: string) => string;
}> {
  const org = await repo(c, OrgRepository).list(tenantId, 'person');
  const cadres = new Map(org.filter((p) => p.leadingCadre).map((p) => [p.id, p.name]));
  const summaries = new Map<string, string>();
  const numbers = new Map<string, string>();
  const cases = repo(c, CaseRepository);
  for (const id of new Set(refs.cases.map((r) => r.id))) {
    const found = await cases.summary(tenantId, id);
    if (found) summaries.set(id, found.summary);
    if (found?.number) numbers.set(id, found.number);
  }
  const bad: InvalidParam[] = [
    ...refs.cases.filter((r) => !summaries.has(r.id)).map((r) => ({ path: r.path, message: '本乡镇没有这个信访事项' })),
    ...refs.leaders.filter((r) => !cadres.has(r.id)).map((r) => ({ path: r.path, message: '应为本乡镇的科级干部' })),
  ];
  const first = bad[0];
  if (first) throw unprocessable(`${first.message}`, bad, 'unknown_reference');
  return {
    caseSummary: (id) => summaries.get(id) ?? '',
    caseNumber: (id) => {
      const number = numbers.get(id);
      return number ? { caseNumber: number } : {};
    },
    leaderName: (id) => cadres.get(id) ?? '',
  };
}
