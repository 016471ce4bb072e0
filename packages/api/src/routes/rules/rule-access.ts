import { RuleDraftConflictError, RuleDraftNotFoundError, RulesRepository, type RuleDraft } from '@xinfang/store';
import type { Context } from 'hono';
import type { AppEnv } from '../../app-env';
import type { Role } from '../../auth/auth-context';
import { townshipOf } from '../../auth/middleware';
import { conflict, notFound } from '../../http/problem';
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

/** Store errors of drafts as problems: 404 for a missing draft, 409 with the current version for a stale one. */
export async function mapDraftErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof RuleDraftNotFoundError) throw notFound(`没有规则草稿${error.draftId}`);
    if (error instanceof RuleDraftConflictError) {
      const detail =
        error.reason === 'already_published'
          ? `规则草稿已发布，不能再修改；请新建草稿`
          : `规则草稿已被他人修改，当前版本为${error.currentVersion}，请刷新后重试`;
      throw conflict(detail, { currentVersion: error.currentVersion, code: error.reason });
    }
    throw error;
  }
}

export async function draftOr404(c: Context<AppEnv>, draftId: string): Promise<RuleDraft> {
  const draft = await rules(c).getDraft(tenantOf(c), draftId);
  if (!draft) throw notFound(`没有规则草稿${draftId}`);
  return draft;
}
