import { OrgRepository, unitsOf, type CaseSummary } from '@xinfang/store';
import type { Context } from 'hono';
import type { AppEnv } from '../../app-env';
import type { AuthContext } from '../../auth/auth-context';
import { forbidden, unprocessable, type InvalidParam } from '../../http/problem';
import { repo } from '../../http/repo';

/** A unit reporter sees and works on only the cases its unit is responsible for or raised (403 otherwise). */
export function assertUnitMaySee(
  auth: AuthContext,
  summary: Pick<CaseSummary, 'originUnitId' | 'responsibleUnitIds'>,
): void {
  if (auth.role !== 'unit_reporter') return;
  if (!auth.unitId || !unitsOf(summary).includes(auth.unitId))
    throw forbidden('只能查看本单位负责或来源于本单位的信访事项');
}

/** Every unit named in a request must be a unit of the caller's township's org chart (422 naming the field). */
export async function assertUnitsExist(
  c: Context<AppEnv>,
  tenantId: string,
  units: { path: string; id: string }[],
): Promise<void> {
  const org = repo(c, OrgRepository);
  const missing: InvalidParam[] = [];
  const seen = new Map<string, boolean>();
  for (const { path, id } of units) {
    if (!seen.has(id)) seen.set(id, (await org.get(tenantId, 'unit', id)) !== undefined);
    if (!seen.get(id)) missing.push({ path, message: `本乡镇没有单位 ${id}` });
  }
  const first = missing[0];
  if (first) throw unprocessable(first.message, missing, 'unknown_unit');
}
