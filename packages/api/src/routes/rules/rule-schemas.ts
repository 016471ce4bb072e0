import { z } from '@hono/zod-openapi';
import { RuleSet, RuleTestCase, RuleTestSuite } from '@xinfang/domain';
import { PublishedRuleVersion, RuleDraft } from '@xinfang/store';
import { named } from '../../http/named-schema';
import { ApiDate, API_YEARS_MESSAGE, inApiYears } from '../../http/dates';

/** The domain's RuleSet schema, named in the document (see named-schema.ts for why not `.openapi`). */
export const RuleSetSchema = named(RuleSet, 'RuleSet');

// The store's items as the API shows them: without the tenant (the caller's own), a version with its rule set's name.
// `ruleSet` is the store's own RuleSet again, swapped for the named copy so the document refers to one RuleSet.
export const RuleVersionSchema = PublishedRuleVersion.omit({ tenantId: true })
  .extend({ name: z.string(), ruleSet: RuleSetSchema })
  .openapi('RuleVersion');

export const RuleVersionListSchema = z
  .object({
    items: z.array(RuleVersionSchema.omit({ ruleSet: true })),
    /** The version in force today (Asia/Shanghai), if any. */
    inForceId: z.string().optional(),
  })
  .openapi('RuleVersionList');

export const RuleDraftSchema = RuleDraft.omit({ tenantId: true })
  .extend({ ruleSet: RuleSetSchema })
  .openapi('RuleDraft');

export const CreateDraftSchema = z
  .object({
    /** A published version id to copy, or `default` for the default pack; absent → the latest published version (or the default pack if none). */
    from: z.string().min(1).max(100).optional(),
  })
  .openapi('CreateRuleDraft');

export const UpdateDraftSchema = z
  .object({ version: z.number().int().positive(), ruleSet: RuleSetSchema })
  .refine((p) => inApiYears(p.ruleSet?.effectiveFrom), {
    message: API_YEARS_MESSAGE,
    path: ['ruleSet', 'effectiveFrom'],
  })
  .openapi('UpdateRuleDraft');

export const RuleIssueSchema = z
  .object({
    path: z.array(z.union([z.string(), z.number()])),
    code: z.string(),
    message: z.string(),
    rowId: z.string().optional(),
    otherRowId: z.string().optional(),
  })
  .openapi('RuleIssue');

export const RuleTestCaseSchema = named(RuleTestCase, 'RuleTestCase');

export const RuleTestResultSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    passed: z.boolean(),
    actual: z.object({
      villageHeadFen: z.number().int().nullable(),
      officeHeadFen: z.number().int().nullable(),
      leadingCadreFen: z.number().int().nullable(),
      sanctions: z.array(z.string()),
    }),
    failures: z.array(z.string()),
  })
  .openapi('RuleTestResult');

/** Issues (a failed test case is one, code `test_failed`, path `tests[i]`) and every test case's result. */
export const ValidationResultSchema = z
  .object({ valid: z.boolean(), issues: z.array(RuleIssueSchema), tests: z.array(RuleTestResultSchema) })
  .openapi('RuleValidation');

/** The township's saved test cases; `version` 0 and `isDefault` when it never saved any (the default pack's). */
export const RuleTestSuiteSchema = z
  .object({ version: z.number().int().nonnegative(), isDefault: z.boolean(), cases: z.array(RuleTestCaseSchema) })
  .openapi('RuleTestSuite');

export const SaveRuleTestsSchema = z
  .object({ version: z.number().int().nonnegative(), cases: named(RuleTestSuite, 'RuleTestCaseList') })
  .openapi('SaveRuleTests');

export const PublishSchema = z
  .object({
    effectiveFrom: ApiDate,
    version: z.number().int().positive(),
    confirmRetroactive: z.boolean().optional().openapi({
      description: '生效日期早于今天且影响已下发的期间时，须为 true（已下发的条目不改动，重新计算时提出更正）',
    }),
  })
  .openapi('PublishRuleDraft');

export const WhatIfSchema = z
  .object({
    from: ApiDate,
    to: ApiDate,
    /** When the draft would take effect; defaults to `from`. Versions effective on or after it are replaced. */
    effectiveFrom: ApiDate.optional(),
  })
  .refine((p) => p.from <= p.to, { message: '结束日期不能早于开始日期', path: ['to'] })
  .openapi('RuleWhatIf');

const Summary = z.object({
  officeHeadFen: z.number().int().optional(),
  villageHeadFen: z.number().int().optional(),
  sanctions: z.array(z.string()),
  lateSanctions: z.array(z.string()),
  chargesLeadingCadres: z.boolean(),
});
const RowRef = z.object({ rowId: z.string(), label: z.string(), row: Summary });

export const RuleDiffSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    added: z.array(RowRef),
    removed: z.array(RowRef),
    changed: z.array(
      z.object({ rowId: z.string(), label: z.string(), fields: z.array(z.string()), before: Summary, after: Summary }),
    ),
    settingsChanged: z.array(z.string()),
  })
  .openapi('RuleDiff');

const EntryChange = z.object({
  id: z.string(),
  kind: z.enum(['fine', 'reward']),
  beforeFen: z.number().int(),
  afterFen: z.number().int(),
  explanation: z.string(),
});

export const WhatIfResultSchema = z
  .object({
    period: z.object({ from: z.string(), to: z.string() }),
    effectiveFrom: z.string(),
    replacedVersionIds: z.array(z.string()),
    persons: z.array(
      z.object({
        personId: z.string(),
        name: z.string(),
        beforeFen: z.number().int(),
        afterFen: z.number().int(),
        deltaFen: z.number().int(),
        beforeRewardsFen: z.number().int(),
        afterRewardsFen: z.number().int(),
        added: z.array(EntryChange),
        removed: z.array(EntryChange),
        changed: z.array(EntryChange),
      }),
    ),
    /** Every unit fined before or after: its fines under the rules in force and under the draft. */
    units: z.array(
      z.object({
        unitId: z.string(),
        name: z.string(),
        beforeFen: z.number().int(),
        afterFen: z.number().int(),
        deltaFen: z.number().int(),
      }),
    ),
    totals: z.object({
      beforeFen: z.number().int(),
      afterFen: z.number().int(),
      deltaFen: z.number().int(),
      beforeRewardsFen: z.number().int(),
      afterRewardsFen: z.number().int(),
    }),
  })
  .openapi('RuleWhatIfResult');

export const IdParam = z.object({ id: z.string().min(1).max(100) });

/** A rule set checked without saving it (the draft editor validates as the admin types). Any shape: schema problems are issues. */
export const ValidateRuleSetSchema = z
  .object({
    // Any value is checked (a schema problem is an issue, not a 400), but what the editor sends is a RuleSet.
    ruleSet: z.unknown().openapi({
      description: '规则集（RuleSet），可能不完整或有误：校验逐项指出',
      allOf: [{ $ref: '#/components/schemas/RuleSet' }],
    }),
  })
  .openapi('ValidateRuleSet');

/** The 409 `retroactive_change` problem's extension: the issued periods a retroactive publish changes, and for whom. */
export const RetroactiveChangeSchema = z
  .object({
    affectedPeriods: z.array(
      z.object({
        periodKey: z.string(),
        persons: z.array(
          z.object({
            personId: z.string(),
            name: z.string(),
            beforeFen: z.number().int(),
            afterFen: z.number().int(),
            deltaFen: z.number().int(),
          }),
        ),
      }),
    ),
  })
  .openapi('RetroactiveChange');

// The shapes the web app reads, as types (the web imports the API as types only).
export type RuleVersion = z.infer<typeof RuleVersionSchema>;
export type RuleVersionList = z.infer<typeof RuleVersionListSchema>;
export type RuleDraftView = z.infer<typeof RuleDraftSchema>;
export type RuleValidation = z.infer<typeof ValidationResultSchema>;
export type RuleDiff = z.infer<typeof RuleDiffSchema>;
export type RuleWhatIfResult = z.infer<typeof WhatIfResultSchema>;
export type RuleTestSuiteView = z.infer<typeof RuleTestSuiteSchema>;
export type RuleTestResultView = z.infer<typeof RuleTestResultSchema>;
export type RetroactiveChange = z.infer<typeof RetroactiveChangeSchema>;
