import { QueryCodeRepository, QueryCodeTakenError } from '@xinfang/store';
import type { Context } from 'hono';
import type { AppEnv } from '../app-env';
import { repo } from '../http/repo';
import { hashQueryCode, newQueryCode } from './query-code';

/**
 * Gives the case a new query code, revoking its old one, and returns the code: the only moment it exists in clear.
 * A clash of two random 80-bit codes is retried with a fresh one.
 */
export async function issueQueryCode(
  c: Context<AppEnv>,
  tenantId: string,
  caseId: string,
): Promise<{ queryCode: string; issuedAt: string }> {
  const issuedAt = c.get('deps').now().toISOString();
  for (let attempt = 0; ; attempt += 1) {
    const queryCode = newQueryCode();
    try {
      await repo(c, QueryCodeRepository).issue(tenantId, caseId, hashQueryCode(queryCode), issuedAt);
      return { queryCode, issuedAt };
    } catch (error) {
      if (!(error instanceof QueryCodeTakenError) || attempt >= 2) throw error;
    }
  }
}
