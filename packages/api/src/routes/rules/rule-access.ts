import { RulesRepository, type RuleDraft } from '@xinfang/store';
import type { Context } from 'hono';
import type { AppEnv } from '../../app-env';
import type { Role } from '../../auth/auth-context';
import { townshipOf } from '../../auth/middleware';
import { notFound } from '../../http/problem';
import { problemPicker } from '../../http/problem-responses';
import { repo } from '../../http/repo';

/** township_admin writes the rules; petition officers and auditors read them (unit reporters do not). */
export const RULE_WRITERS: Role[] = ['township_admin'];
export const RULE_READERS: Role[] = ['township_admin', 'petition_officer', 'auditor'];

export const problems = problemPicker({
  409: '版本冲突（currentVersion 为当前版本）',
  422: '无法处理（例如规则表校验有错误）',
});

export const rules = (c: Context<AppEnv>) => repo(c, RulesRepository);
export const tenantOf = (c: Context<AppEnv>) => townshipOf(c.get('auth'));

export async function draftOr404(c: Context<AppEnv>, draftId: string): Promise<RuleDraft> {
  const draft = await rules(c).getDraft(tenantOf(c), draftId);
  if (!draft) throw notFound(`没有规则草稿${draftId}`);
  return draft;
}
