import { z } from '@hono/zod-openapi';
import { Id, IsoDate } from '@xinfang/domain';
import { CaseReview, CaseReviewItem, ReceivedCase, ReceptionDay, ReviewOccasion } from '@xinfang/store';
import { named } from '../../http/named-schema';
import type { CaseSummarySchema } from '../cases/schemas';

// Responses are the store's records, named once in the document; requests carry ids and the API copies in names.
export const CaseReviewSchema = CaseReview.extend({
  items: z.array(named(CaseReviewItem, 'CaseReviewItem')).max(300),
}).openapi('CaseReview');
export const ReceptionDaySchema = ReceptionDay.extend({
  cases: z.array(named(ReceivedCase, 'ReceivedCase')).max(300),
}).openapi('ReceptionDay');
export type CaseReviewView = z.infer<typeof CaseReviewSchema>;
export type ReceptionDayView = z.infer<typeof ReceptionDaySchema>;

export const CaseReviewListSchema = z
  .object({ year: z.number().int(), items: z.array(CaseReviewSchema) })
  .openapi('CaseReviewList');
export const ReceptionDayListSchema = z
  .object({ year: z.number().int(), items: z.array(ReceptionDaySchema) })
  .openapi('ReceptionDayList');

const Version = z.number().int().positive().openapi({ description: '修改时提交读取到的版本；新建时不填' });
const noRepeat = (ids: string[]) => ids.findIndex((id, i) => ids.indexOf(id) !== i);

export const CaseReviewInputSchema = z
  .object({
    occasion: named(ReviewOccasion, 'ReviewOccasion'),
    /** 其他重大活动的名称（occasion 为 event 时必填） */
    eventName: z.string().trim().min(1).max(100).optional(),
    eventDate: IsoDate,
    meetingDate: IsoDate,
    items: z
      .array(
        z.object({
          caseId: Id,
          decision: z.string().trim().min(1, '请填写研判意见').max(2000),
          leaderId: Id,
          dueDate: IsoDate.optional(),
        }),
      )
      .min(1, '至少研判一件信访事项')
      .max(300),
    version: Version.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.occasion === 'event' && v.eventName === undefined) {
      ctx.addIssue({ code: 'custom', path: ['eventName'], message: '其他活动需要填写活动名称' });
    }
    if (v.meetingDate > v.eventDate)
      ctx.addIssue({ code: 'custom', path: ['meetingDate'], message: '研判会应在敏感节点之前或当天召开' });
    const repeat = noRepeat(v.items.map((i) => i.caseId));
    if (repeat !== -1) ctx.addIssue({ code: 'custom', path: ['items', repeat, 'caseId'], message: '同一事项重复列出' });
  })
  .openapi('CaseReviewInput');
export type CaseReviewInput = z.infer<typeof CaseReviewInputSchema>;
export type CaseReviewRequest = z.input<typeof CaseReviewInputSchema>;

export const ReceptionDayInputSchema = z
  .object({
    date: IsoDate,
    leaderId: Id,
    place: z.string().trim().min(1, '请填写接访地点').max(200),
    /** 当天接待的信访事项 */
    caseIds: z.array(Id).max(300).default([]),
    version: Version.optional(),
  })
  .superRefine((v, ctx) => {
    const repeat = noRepeat(v.caseIds);
    if (repeat !== -1) ctx.addIssue({ code: 'custom', path: ['caseIds', repeat], message: '同一事项重复列出' });
  })
  .openapi('ReceptionDayInput');
export type ReceptionDayInput = z.infer<typeof ReceptionDayInputSchema>;
export type ReceptionDayRequest = z.input<typeof ReceptionDayInputSchema>;

export const YearQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2099).optional().openapi({ description: '默认为今年（北京时间）' }),
});

export const RoutineIdParam = z.object({
  id: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'id', in: 'path' } }),
});

/** What the routines pages show of a case to pick (`GET /api/cases`): its number, summary and state. */
export type RoutineCaseOption = Pick<z.infer<typeof CaseSummarySchema>, 'id' | 'number' | 'summary' | 'statusLabel'>;
