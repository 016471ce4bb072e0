import { LedgerRepository, type StoredLedger } from '@xinfang/store';
import type { Context } from 'hono';
import type { AppEnv } from '../../app-env';
import type { Role } from '../../auth/auth-context';
import { townshipOf } from '../../auth/middleware';
import { forbidden, notFound } from '../../http/problem';
import { problemPicker } from '../../http/problem-responses';
import { repo } from '../../http/repo';
import type { RowFilter } from './ledger-views';

export const LEDGER_WRITERS: Role[] = ['township_admin'];
/** Unit reporters read the ledger of their own unit only. */
export const LEDGER_READERS: Role[] = ['township_admin', 'petition_officer', 'auditor', 'unit_reporter'];
/** Notices name people and their debts: the township's office and auditors, not unit reporters. */
export const NOTICE_READERS: Role[] = ['township_admin', 'petition_officer', 'auditor'];

export const problems = problemPicker();

export const ledgerRepo = (c: Context<AppEnv>) => repo(c, LedgerRepository);
export const tenantOf = (c: Context<AppEnv>) => townshipOf(c.get('auth'));

/** The requested period's ledger, or the most recently evaluated one; 404 when none. */
export async function loadLedger(c: Context<AppEnv>, period: string | undefined): Promise<StoredLedger> {
  const tenantId = tenantOf(c);
  const key = period ?? (await latestPeriod(c, tenantId));
  const ledger = key ? await ledgerRepo(c).read(tenantId, key) : undefined;
  if (!ledger) throw notFound(period ? `期间${period}尚未计算台账` : '尚未计算任何期间的台账');
  return ledger;
}

async function latestPeriod(c: Context<AppEnv>, tenantId: string): Promise<string | undefined> {
  const periods = await ledgerRepo(c).listPeriods(tenantId);
  return [...periods].sort((a, b) => (a.evaluatedAt < b.evaluatedAt ? -1 : 1)).at(-1)?.periodKey;
}

/** A unit reporter is held to its own unit: asking for another unit is refused, asking for none means its own. */
export function scopeFilter(c: Context<AppEnv>, filter: RowFilter): RowFilter {
  const auth = c.get('auth');
  if (auth.role !== 'unit_reporter') return filter;
  if (filter.unitId && filter.unitId !== auth.unitId) throw forbidden('单位信息员只能查看本单位的台账');
  return { ...filter, ...(auth.unitId ? { unitId: auth.unitId } : {}) };
}
