import { z } from '@hono/zod-openapi';
import { CaseEvent, CaseStatus, CaseType, Channel, NoticeReason, VisitForm, VisitLevel } from '@xinfang/domain';
import { CaseSummary, Petitioner } from '@xinfang/store';
import { ApiDate } from '../../http/dates';

const Id = z.string().min(1).max(100);
const Day = ApiDate;
/**
 * A date a case records (registration, first registration, a visit): within 2000–2099, the calendar years the
 * township settings cover. `1000-01-01` is a typo, not a backlog case; it would be kept, listed and evaluated.
 */
const RecordDay = ApiDate;

/** A case's responsible units: 1–20 units, each named once (a repeat would be stored and shown twice). */
export const ResponsibleUnitIds = z
  .array(Id)
  .min(1)
  .max(20)
  .superRefine((ids, ctx) => {
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: [i], message: `单位重复：${id}` });
    });
  });

export const FirstVisitSchema = z
  .object({
    channel: Channel,
    level: VisitLevel,
    form: VisitForm,
    headcount: z.number().int().positive().max(10_000),
    /** Defaults to the registration date. */
    on: RecordDay.optional(),
  })
  .openapi('FirstVisit');

// As stored, but a name of blanks is refused rather than kept.
export const PetitionerSchema = Petitioner.extend({ name: z.string().trim().min(1).max(100) }).openapi('Petitioner');

export const RegisterCaseSchema = z
  .object({
    caseType: CaseType,
    category: z.string().trim().min(1).max(100),
    summary: z.string().trim().min(1).max(4000),
    originUnitId: Id,
    responsibleUnitIds: ResponsibleUnitIds,
    /** Defaults to today (Asia/Shanghai). */
    registeredOn: RecordDay.optional(),
    /** For a backlog case taken over from paper: when it was first registered. */
    firstRegisteredOn: RecordDay.optional(),
    firstVisit: FirstVisitSchema,
    petitioner: PetitionerSchema.optional(),
    /** 包案领导: a person of the org chart, recorded as the case's `case_leader` assignment from the registration date. */
    caseLeaderId: Id.optional(),
    note: z.string().max(2000).optional(),
  })
  .openapi('RegisterCase');

// The stored summary's fields, plus what the API adds for the reader: the Chinese status and today's overdue flag.
export const CaseSummarySchema = CaseSummary.extend({
  statusLabel: z.string(),
  lastSeq: z.number().int().openapi({ description: '下一次操作时作为 expectedSeq 发送' }),
  overdue: z.boolean(),
}).openapi('CaseSummary');

/** The registration's answer: the summary and the petitioner's query code, shown this once (stored only hashed). */
export const RegisteredCaseSchema = CaseSummarySchema.extend({
  queryCode: z.string().openapi({
    description: '查询码（仅此一次显示；交给信访人，用于 /track 查询进度）',
    example: '7KQ9-M2XD-PW4H-C8RT',
  }),
}).openapi('RegisteredCase');

export const QueryCodeIssuedSchema = z
  .object({
    queryCode: z.string().openapi({ description: '新的查询码（仅此一次显示）；旧查询码即时作废' }),
    issuedAt: z.string(),
  })
  .openapi('QueryCodeIssued');

export type RegisteredCase = z.infer<typeof RegisteredCaseSchema>;
export type QueryCodeIssued = z.infer<typeof QueryCodeIssuedSchema>;

export const CaseListSchema = z
  .object({
    items: z.array(CaseSummarySchema),
    cursor: z.string().optional().openapi({ description: '下一页的游标；没有则为最后一页' }),
  })
  .openapi('CaseList');

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

export const CaseListQuerySchema = z.object({
  status: CaseStatus.optional(),
  caseType: CaseType.optional(),
  unitId: Id.optional(),
  level: VisitLevel.optional().openapi({ description: '最近一次来访的层级' }),
  overdue: flag.optional(),
  registeredFrom: Day.optional(),
  registeredTo: Day.optional(),
  q: z.string().trim().min(1).max(100).optional().openapi({ description: '按编号、分类或事项摘要查找' }),
  dueWithin: z.coerce.number().int().min(0).max(60).optional().openapi({ description: '未超期且在 N 个工作日内到期' }),
  backlog: flag.optional().openapi({ description: '积案：首次登记满一年仍未办结' }),
  noticed: flag.optional().openapi({ description: '有（或没有）区级通报' }),
  limit: z.coerce.number().int().min(1).max(100).optional(),
  cursor: z.string().max(2000).optional(),
});

/** The list's filters without paging: for the count and the Excel export. */
export const CaseFilterQuerySchema = CaseListQuerySchema.omit({ limit: true, cursor: true });

export const CaseCountSchema = z.object({ count: z.number().int().nonnegative() }).openapi('CaseCount');

/** What the intake form shows: the collective-visit threshold of the rule version in force on a date. */
export const IntakeSettingsSchema = z
  .object({
    on: z.string(),
    collectiveThreshold: z.number().int(),
    ruleVersionName: z.string().openapi({ description: '生效的规则版本名称；未发布规则时为默认规则' }),
  })
  .openapi('IntakeSettings');
export const IntakeSettingsQuerySchema = z.object({ on: Day.optional() });

export const CaseIdParamSchema = z.object({ id: Id.openapi({ param: { name: 'id', in: 'path' } }) });

// An event's own fields, without those the timeline entry lifts out: one object per event kind (`kind` says which).
const lifted = { seq: true, kind: true, on: true, by: true, note: true } as const;
type Lifted = keyof typeof lifted;
type EventOption = (typeof CaseEvent.options)[number];
type WithoutLifted<O> = O extends z.ZodObject<infer Shape> ? z.ZodObject<Omit<Shape, Lifted>, z.core.$strict> : never;
// Strict, so that a reader (and zod) picks the one kind whose fields these are: without `kind`, an event with no
// fields of its own (accepted) would otherwise match every details object.
// `.map` cannot keep the options' tuple type, hence the one cast: each element is exactly `option.omit(lifted).strict()`.
const detailOptions = CaseEvent.options.map((o: z.ZodObject) =>
  o.omit(lifted).strict(),
) as unknown as WithoutLifted<EventOption>[];
const EventDetailsSchema = z
  .union(detailOptions)
  .openapi('CaseEventDetails', { description: '事件本身的字段（随 kind 而不同）' });

export const TimelineEntrySchema = z
  .object({
    seq: z.number().int(),
    kind: z.string(),
    label: z.string().openapi({ description: '中文说明，单位写名称，如「领回（柳河村，费用¥350.00）」' }),
    on: z.string(),
    by: z.string().optional(),
    note: z.string().optional(),
    recordedAt: z.string(),
    details: EventDetailsSchema,
  })
  .openapi('TimelineEntry');

export const DeadlineStatusSchema = z
  .object({
    kind: z.enum(['resolved_on_time', 'resolved_late', 'on_track', 'due_soon', 'overdue']),
    label: z.string(),
    deadline: z.string(),
    daysLeft: z.number().int().optional(),
    acceptanceOverdue: z.boolean(),
  })
  .openapi('DeadlineStatus');

export const DeadlineRowSchema = z
  .object({
    kind: z.enum(['acceptance', 'resolution', 'review', 're_review']),
    label: z.string(),
    deadline: z.string(),
    /** When the step was done (accepted, resolved, reviewed); absent while pending. */
    doneOn: z.string().optional(),
    /** Working days from today to the deadline (negative when past), while pending. */
    workingDaysLeft: z.number().int().optional(),
    /** Extension days granted (resolution only). */
    extensionDays: z.number().int().optional(),
  })
  .openapi('DeadlineRow');

/** The case's units and people by id, so a reader sees names, never ids. */
export const NamesSchema = z.object({
  units: z.record(z.string(), z.string()),
  people: z.record(z.string(), z.string()),
});

export const CaseDetailSchema = z
  .object({
    case: CaseSummarySchema,
    deadline: DeadlineStatusSchema,
    deadlines: z.array(DeadlineRowSchema),
    names: NamesSchema,
    /** 包案领导 (case_leader assignments of this case). */
    caseLeaders: z.array(z.string()),
    /** District notices on the case's visits, with the visit they note. */
    notices: z.array(
      z.object({
        on: z.string(),
        level: VisitLevel,
        visitOn: z.string(),
        visitLabel: z.string(),
        reason: NoticeReason.optional(),
        /** 通报事由 in Chinese. */
        reasonLabel: z.string().optional(),
      }),
    ),
    reviewDeadline: z.string().optional(),
    reReviewDeadline: z.string().optional(),
    nextStatuses: z.array(CaseStatus),
    timeline: z.array(TimelineEntrySchema),
  })
  .openapi('CaseDetail');

export const AppendedSchema = z.object({ seq: z.number().int(), case: CaseSummarySchema }).openapi('CaseEventAppended');
