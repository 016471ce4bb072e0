import { createRoute } from '@hono/zod-openapi';
import { type RuleSet } from '@xinfang/domain';
import { LedgerRepository, ruleChangeImpact } from '@xinfang/store';
import type { Context } from 'hono';
import { checkRuleSet, type CheckIssue } from './rule-checks';
import type { AppEnv } from '../../app-env';
import { requireRole } from '../../auth/middleware';
import { audit } from '../../http/audit';
import { idempotent } from '../../http/idempotency';
import { todayInShanghai } from '../../http/dates';
import { conflict, ProblemError } from '../../http/problem';
import { repo } from '../../http/repo';
import { draftOr404, problems, RULE_WRITERS, rules, tenantOf } from './rule-access';
import { IdParam, PublishSchema, RuleVersionSchema, type RetroactiveChange } from './rule-schemas';
import { versionHeader } from './version-routes';
import { createRouter } from '../../http/router';
import { json, jsonContent } from '../../http/json-response';

const publishRoute = createRoute({
  method: 'post',
  path: '/drafts/{id}/publish',
  tags: ['rules'],
  summary: '发布规则草稿为新版本（自生效日期起适用；校验有错误或规则测试用例未通过时拒绝）',
  security: [{ bearer: [] }],
  middleware: [requireRole(...RULE_WRITERS), idempotent],
  request: { params: IdParam, body: { required: true, ...jsonContent(PublishSchema) } },
  responses: {
    201: json(RuleVersionSchema, 'The published version'),
    ...problems(400, 401, 403, 404, 409, 422),
  },
});

/** `penaltyRows.3.amounts` → `ruleSet.penaltyRows[3].amounts`, the same shape as the API's other field paths. */
const issuePath = (issue: CheckIssue) =>
  issue.path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : `${acc}.${p}`), 'ruleSet');

/**
 * A version effective before today (Asia/Shanghai) changes periods already judged. When some of them are issued
 * (their notices went out), publishing needs the admin's explicit confirmation: 409 lists the issued periods and
 * the persons whose fines would change, and by how much. Issued entries never change either way: re-evaluating
 * such a period afterwards proposes corrections.
 */
async function refuseUnconfirmedRetroactive(c: Context<AppEnv>, tenantId: string, candidate: RuleSet): Promise<void> {
  if (candidate.effectiveFrom >= todayInShanghai(c.get('deps').now())) return;
  const periods = await repo(c, LedgerRepository).listPeriods(tenantId);
  const issued = periods.filter((p) => p.status === 'issued' && p.to >= candidate.effectiveFrom);
  if (issued.length === 0) return;
  const withCandidate = (published: RuleSet[]) => [...published, candidate];
  const impact = await ruleChangeImpact(c.get('deps').store, tenantId, issued, withCandidate);
  if (impact.length === 0) return;
  const detail =
    `新版本自${candidate.effectiveFrom}生效，会改变${impact.length}个已下发处罚通知的期间的罚款；` +
    '确认追溯请在请求中加 confirmRetroactive: true';
  const change: RetroactiveChange = {
    affectedPeriods: impact.map(({ periodKey, diff }) => ({
      periodKey,
      persons: diff.persons.map((p) => ({
        personId: p.personId,
        name: p.name,
        beforeFen: p.beforeFen,
        afterFen: p.afterFen,
        deltaFen: p.deltaFen,
      })),
    })),
  };
  throw new ProblemError(409, '冲突', detail, { code: 'retroactive_change', ...change });
}

export const publishRoutes = createRouter().openapi(publishRoute, async (c) => {
  const tenantId = tenantOf(c);
  const { id } = c.req.valid('param');
  const { effectiveFrom, version, confirmRetroactive } = c.req.valid('json');
  const draft = await draftOr404(c, id);
  if (draft.status === 'published') {
    // A publish that died between claiming the draft and writing the version is finished by its retry.
    const missing = draft.publishedVersionId && !(await rules(c).getVersion(tenantId, draft.publishedVersionId));
    if (!missing)
      throw conflict(`规则草稿已发布为版本${draft.publishedVersionId ?? ''}`, {
        currentVersion: draft.version,
        code: 'already_published',
      });
    const done = await rules(c).completePublish(draft, draft.updatedBy, draft.updatedAt);
    return c.json({ ...versionHeader(done), ruleSet: done.ruleSet }, 201);
  }
  if (draft.version !== version)
    throw conflict(`规则草稿已被他人修改，当前版本为${draft.version}，请刷新后重试`, {
      currentVersion: draft.version,
      code: 'stale_version',
    });

  // The table's issues and the saved test cases it fails: either keeps it from being published.
  const { issues } = await checkRuleSet(c, draft.ruleSet);
  if (issues.length > 0) {
    throw new ProblemError(422, '无法处理', `规则表有${issues.length}个问题，修正后才能发布`, {
      code: 'invalid_rules',
      invalidParams: issues.map((i) => ({ path: issuePath(i), message: i.message })),
      issues,
    });
  }
  const latest = (await rules(c).listVersions(tenantId)).at(-1);
  if (latest && effectiveFrom <= latest.effectiveFrom) {
    // A version effective before (or on) the latest one's date would rewrite periods already judged under it.
    throw new ProblemError(
      422,
      '无法处理',
      `生效日期${effectiveFrom}必须晚于最新已发布版本“${latest.ruleSet.name}”的生效日期${latest.effectiveFrom}：已发布的版本不可改写，此前的期间仍按原版本计算`,
      {
        code: 'effective_from_too_early',
        invalidParams: [{ path: 'body.effectiveFrom', message: `应晚于${latest.effectiveFrom}` }],
      },
    );
  }
  const auth = c.get('auth');
  const versionId = `v${effectiveFrom}-${id.slice(0, 8)}`;
  if (!confirmRetroactive) {
    await refuseUnconfirmedRetroactive(c, tenantId, { ...draft.ruleSet, id: versionId, effectiveFrom });
  }
  const published = await rules(c).publishDraft(tenantId, id, {
    expectedVersion: version,
    effectiveFrom,
    versionId,
    by: auth.userId,
    at: c.get('deps').now().toISOString(),
  });
  await audit(c, {
    action: 'rules.publish',
    targetType: 'rule_version',
    targetId: versionId,
    details: { draftId: id, effectiveFrom },
  });
  return c.json({ ...versionHeader(published), ruleSet: published.ruleSet }, 201);
});
