import { z } from '@hono/zod-openapi';
import { CaseStatus, CaseType, Channel, IsoDate, VisitForm, VisitLevel } from '@xinfang/domain';
import { CaseSummary, Petitioner } from '@xinfang/store';

const Id = z.string().min(1).max(100);
const Day = IsoDate;

export const FirstVisitSchema = z
  .object({
    channel: Channel,
    level: VisitLevel,
    form: VisitForm,
    headcount: z.number().int().positive().max(10_000),
    /** Defaults to the registration date. */
    on: Day.optional(),
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
    responsibleUnitIds: z.array(Id).min(1).max(20),
    /** Defaults to today (Asia/Shanghai). */
    registeredOn: Day.optional(),
    /** For a backlog case taken over from paper: when it was first registered. */
    firstRegisteredOn: Day.optional(),
    firstVisit: FirstVisitSchema,
    petitioner: PetitionerSchema.optional(),
    note: z.string().max(2000).optional(),
  })
  .openapi('RegisterCase');

// The stored summary's fields, plus what the API adds for the reader: the Chinese status and today's overdue flag.
export const CaseSummarySchema = CaseSummary.extend({
  statusLabel: z.string(),
  lastSeq: z.number().int().openapi({ description: '下一次操作时作为 expectedSeq 发送' }),
  overdue: z.boolean(),
}).openapi('CaseSummary');

export const CaseListSchema = z
  .object({ items: z.array(CaseSummarySchema), cursor: z.string().optional().openapi({ description: '下一页的游标；没有则为最后一页' }) })
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
  q: z.string().trim().min(1).max(100).optional().openapi({ description: '按分类查找' }),
  limit: z.coerce.number().int().min(1).max(100).optional(),
  cursor: z.string().max(2000).optional(),
});

export const CaseIdParamSchema = z.object({ id: Id.openapi({ param: { name: 'id', in: 'path' } }) });

export const TimelineEntrySchema = z
  .object({
    seq: z.number().int(),
    kind: z.string(),
    label: z.string().openapi({ description: '中文说明，如「来访（集体访·到区）」' }),
    on: z.string(),
    by: z.string().optional(),
    note: z.string().optional(),
    recordedAt: z.string(),
    details: z.record(z.string(), z.unknown()),
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

export const CaseDetailSchema = z
  .object({
    case: CaseSummarySchema,
    deadline: DeadlineStatusSchema,
    reviewDeadline: z.string().optional(),
    reReviewDeadline: z.string().optional(),
    nextStatuses: z.array(CaseStatus),
    timeline: z.array(TimelineEntrySchema),
  })
  .openapi('CaseDetail');

export const AppendedSchema = z.object({ seq: z.number().int(), case: CaseSummarySchema }).openapi('CaseEventAppended');
