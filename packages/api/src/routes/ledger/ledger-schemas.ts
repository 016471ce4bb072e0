import { z } from '@hono/zod-openapi';
import { IsoDate } from '@xinfang/domain';
import { ApiDate, API_YEARS_MESSAGE, inApiYears } from '../../http/dates';

// Both halves must be real dates in order: `2026-02-30_2026-13-45` is the client's mistake (400), not a period "not yet evaluated" (404).
export const PeriodParam = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}$/, { message: '期间格式应为 YYYY-MM-DD_YYYY-MM-DD', abort: true })
  .refine((p) => p.split('_').every((d) => IsoDate.safeParse(d).success), {
    message: '期间含不存在的日期',
    abort: true,
  })
  .refine((p) => p.split('_').every((d) => inApiYears(d)), { message: API_YEARS_MESSAGE, abort: true })
  .refine((p) => {
    const [from = '', to = ''] = p.split('_');
    return from <= to;
  }, '期间的结束日期不能早于开始日期');

export const EvaluateSchema = z
  .object({ from: ApiDate, to: ApiDate, noticeOn: ApiDate.optional() })
  .refine((p) => p.from <= p.to, { message: '结束日期不能早于开始日期', path: ['to'] })
  // A notice dated before the period ends would make fines due (and overdue) before they were incurred.
  .refine((p) => p.noticeOn === undefined || p.noticeOn >= p.to, {
    message: '通知日期不能早于期间结束日期',
    path: ['noticeOn'],
  })
  .openapi('LedgerEvaluate');

/** 编号 of the case an entry names; entries stored before entries carried it have none (show caseId then). */
const CaseNumberField = z
  .string()
  .optional()
  .openapi({ description: '案件编号（如 xiji-2026-058）；较早的条目没有，显示 caseId' });

/** An entry as a correction shows it: what was (or will be) in the ledger, by id, with its amount and why. */
const CorrectionEntrySchema = z
  .object({
    entryId: z.string(),
    kind: z.enum(['fine', 'reward', 'veto', 'task']),
    personId: z.string().optional(),
    unitId: z.string().optional(),
    caseId: z.string().optional(),
    caseNumber: CaseNumberField,
    date: z.string(),
    amountFen: z.number().int(),
    ruleVersionId: z.string(),
    rowId: z.string().optional(),
    sanctions: z.array(z.string()),
    explanation: z.string(),
  })
  .openapi('LedgerCorrectionEntry');

export const CorrectionProposalSchema = z
  .object({
    proposalId: z.string(),
    periodKey: z.string(),
    status: z.enum(['pending', 'confirmed', 'superseded']),
    createdAt: z.string(),
    createdBy: z.string(),
    persons: z.array(
      z.object({
        personId: z.string(),
        name: z.string(),
        financePaid: z.boolean(),
        netFinesFen: z.number().int(),
        netRewardsFen: z.number().int(),
      }),
    ),
    items: z.array(
      z.object({
        baseId: z.string(),
        kind: z.enum(['fine', 'reward', 'veto', 'task']),
        personId: z.string().optional(),
        personName: z.string().optional(),
        unitId: z.string().optional(),
        reversed: CorrectionEntrySchema.optional().openapi({ description: '被冲销的现有条目' }),
        added: CorrectionEntrySchema.optional().openapi({ description: '新条目' }),
        netFen: z.number().int(),
        reasons: z.array(z.enum(['rule_version', 'event', 'late_notice'])),
        reasonText: z.string(),
      }),
    ),
  })
  .openapi('LedgerCorrectionProposal');

export const CorrectionListSchema = z
  .object({
    periodKey: z.string(),
    status: z.enum(['pending', 'confirmed', 'superseded', 'all']),
    items: z.array(CorrectionProposalSchema),
  })
  .openapi('LedgerCorrectionList');

const Money = z.object({ count: z.number().int(), totalFen: z.number().int() });
export const EvaluationSummarySchema = z
  .object({
    periodKey: z.string(),
    from: z.string(),
    to: z.string(),
    noticeDate: z.string(),
    ruleVersionIds: z.array(z.string()),
    fines: Money,
    rewards: Money,
    vetoes: z.number().int(),
    retrievalTasks: z.number().int(),
    written: z.number().int(),
    unchanged: z.number().int(),
    retracted: z.number().int(),
    warnings: z.array(z.object({ code: z.string(), message: z.string() })),
    /** draft: the entries were (over)written; issued: nothing was written, see `corrections`. */
    status: z.enum(['draft', 'issued']),
    /** For an issued period: the proposed corrections (null when the evaluation agrees with the ledger). */
    corrections: CorrectionProposalSchema.nullable().optional(),
  })
  .openapi('LedgerEvaluationSummary');

export const LedgerRowSchema = z
  .object({
    entryId: z.string(),
    kind: z.enum(['fine', 'reward', 'veto', 'task', 'reversal']),
    personId: z.string().optional(),
    personName: z.string().optional(),
    unitId: z.string().optional(),
    unitName: z.string().optional(),
    caseId: z.string().optional(),
    caseNumber: CaseNumberField,
    date: z.string(),
    amountFen: z.number().int(),
    ruleVersionId: z.string().optional(),
    rowId: z.string().optional(),
    sanctions: z.array(z.string()),
    explanation: z.string(),
    active: z.boolean(),
    reversedBy: z.string().optional(),
    reversesId: z.string().optional(),
    reason: z.string().optional(),
  })
  .openapi('LedgerRow');

export const Period = z.object({ periodKey: z.string(), from: z.string(), to: z.string(), evaluatedAt: z.string() });

/** The evaluated periods: a draft is re-evaluated in place; an issued one only takes corrections. */
export const LedgerPeriodsSchema = z
  .object({
    items: z.array(
      Period.extend({
        noticeDate: z.string(),
        evaluatedBy: z.string(),
        status: z.enum(['draft', 'issued']),
        issuedAt: z.string().optional(),
      }),
    ),
  })
  .openapi('LedgerPeriods');

export const LedgerQuery = z.object({
  period: PeriodParam.optional().openapi({ description: '默认为最近计算的期间' }),
  personId: z.string().min(1).optional(),
  unitId: z.string().min(1).optional(),
});

export const PersonBalanceSchema = z
  .object({
    personId: z.string(),
    name: z.string(),
    financePaid: z.boolean(),
    finesFen: z.number().int(),
    fineCount: z.number().int(),
    rewardsFen: z.number().int(),
    sanctions: z.array(z.string()),
    vetoed: z.boolean(),
    dueOn: z.string().optional(),
  })
  .openapi('LedgerPersonBalance');

export const UnitBalanceSchema = z
  .object({
    unitId: z.string(),
    name: z.string(),
    finesFen: z.number().int(),
    rewardsFen: z.number().int(),
    retrievalTasks: z.number().int(),
    vetoed: z.boolean(),
  })
  .openapi('LedgerUnitBalance');

export const ReverseSchema = z
  .object({ reason: z.string().trim().min(2, '请写明冲销原因').max(500), period: PeriodParam.optional() })
  .openapi('LedgerReverse');

export const NoticeSchema = z
  .object({
    noticeId: z.string(),
    periodKey: z.string(),
    personId: z.string(),
    name: z.string(),
    financePaid: z.boolean(),
    noticeDate: z.string(),
    dueOn: z.string(),
    entries: z.array(LedgerRowSchema),
    totalFen: z.number().int(),
    paidFen: z.number().int(),
    outstandingFen: z.number().int(),
    proposalId: z.string().optional().openapi({ description: '补充通知：所属更正提议' }),
  })
  .openapi('PenaltyNotice');

export const OverdueSchema = NoticeSchema.extend({
  nextStep: z.object({ code: z.enum(['withhold_salary', 'refer_discipline']), label: z.string() }),
}).openapi('OverdueNotice');

export const PaymentSchema = z
  .object({
    personId: z.string().min(1),
    amountFen: z.number().int('金额必须是整数分').positive('金额必须大于0'),
    paidOn: ApiDate,
    noticeId: z.string().min(1),
  })
  .openapi('LedgerPayment');

export const PeriodKeyParams = z.object({ periodKey: PeriodParam });
export const ProposalParams = z.object({ periodKey: PeriodParam, proposalId: z.string().min(1).max(100) });

export const IssueResultSchema = z
  .object({
    periodKey: z.string(),
    status: z.enum(['draft', 'issued']),
    issuedAt: z.string(),
    issuedBy: z.string(),
    alreadyIssued: z.boolean(),
  })
  .openapi('LedgerIssueResult');

export const SupplementaryNoticeSchema = z
  .object({
    noticeId: z.string(),
    proposalId: z.string(),
    personId: z.string(),
    name: z.string(),
    financePaid: z.boolean(),
    noticeDate: z.string(),
    dueOn: z.string(),
    totalFen: z.number().int(),
  })
  .openapi('SupplementaryNotice');

export const ConfirmResultSchema = z
  .object({ proposal: CorrectionProposalSchema, supplementaryNotices: z.array(SupplementaryNoticeSchema) })
  .openapi('LedgerCorrectionConfirmed');

// The web's ledger page reads these shapes (z.infer of the schemas above), never retyped.
export type LedgerPeriodList = z.infer<typeof LedgerPeriodsSchema>;
export type LedgerEvaluationSummary = z.infer<typeof EvaluationSummarySchema>;
export type LedgerCorrectionProposal = z.infer<typeof CorrectionProposalSchema>;
export type LedgerCorrectionList = z.infer<typeof CorrectionListSchema>;
export type LedgerConfirmResult = z.infer<typeof ConfirmResultSchema>;
export type LedgerIssueResult = z.infer<typeof IssueResultSchema>;
export type LedgerRowView = z.infer<typeof LedgerRowSchema>;
export type LedgerPersonBalance = z.infer<typeof PersonBalanceSchema>;
export type LedgerUnitBalance = z.infer<typeof UnitBalanceSchema>;
export type PenaltyNoticeView = z.infer<typeof NoticeSchema>;
export type OverdueNoticeView = z.infer<typeof OverdueSchema>;
export type LedgerPaymentInput = z.infer<typeof PaymentSchema>;
export type LedgerEvaluateInput = z.infer<typeof EvaluateSchema>;
export type LedgerReverseInput = z.infer<typeof ReverseSchema>;
