import { z } from '@hono/zod-openapi';
import { Channel, Id, Satisfaction, VisitForm, VisitLevel, type CaseStatus } from '@xinfang/domain';
import type { NewCaseEvent } from '@xinfang/store';
import { ResponsibleUnitIds } from './schemas';
import { ApiDate } from '../../http/dates';

const common = {
  /** The case's `lastSeq` as the caller last saw it: a stale value gets 409 with the current seq. */
  expectedSeq: z.number().int().nonnegative(),
  /** Defaults to today (Asia/Shanghai); never in the future. */
  on: ApiDate.optional(),
  note: z.string().max(2000).optional(),
};

/** The workflow steps that move the status: 归口, 分理, 督办, 结案, 反馈, 复查, 复核. */
export const STATUS_ACTIONS = {
  route: 'routed',
  assign: 'assigned',
  supervise: 'supervised',
  close: 'closed',
  feedback: 'feedback',
  review: 'review',
  re_review: 're_review',
} as const satisfies Record<string, CaseStatus>;
type StatusAction = keyof typeof STATUS_ACTIONS;
/** 答复意见: what the petitioner reads on the tracking page once the case is resolved; never officials' names. */
const reply = z
  .string()
  .trim()
  .min(1)
  .max(4000)
  .optional()
  .openapi({ description: '答复意见（信访人在查询页可见；不写干部姓名）' });
const statusAction = <K extends StatusAction>(kind: K) => z.object({ ...common, kind: z.literal(kind) });

export const CaseActionSchema = z
  .discriminatedUnion('kind', [
    z.object({ ...common, kind: z.literal('accept') }),
    statusAction('route'),
    statusAction('assign'),
    statusAction('supervise'),
    z.object({ ...common, kind: z.literal('close'), reply }),
    statusAction('feedback'),
    statusAction('review'),
    statusAction('re_review'),
    z.object({ ...common, kind: z.literal('extension'), days: z.number().int().positive().max(365) }),
    z.object({ ...common, kind: z.literal('resolve'), reply }),
    z.object({
      ...common,
      kind: z.literal('visit'),
      visitId: Id.optional(),
      channel: Channel,
      level: VisitLevel,
      form: VisitForm,
      headcount: z.number().int().positive().max(10_000),
    }),
    z.object({
      ...common,
      kind: z.literal('retrieval'),
      unitId: Id,
      costFen: z.number().int('金额必须是整数分').nonnegative(),
    }),
    z.object({ ...common, kind: z.literal('satisfaction'), result: Satisfaction }),
    z.object({ ...common, kind: z.literal('serious_impact') }),
    z.object({ ...common, kind: z.literal('units_changed'), responsibleUnitIds: ResponsibleUnitIds }),
  ])
  .openapi('CaseAction');
export type CaseAction = z.infer<typeof CaseActionSchema>;

/** The domain event an action appends (the log numbers it). */
export function eventOf(action: CaseAction, ids: { on: string; by: string; visitId: string }): NewCaseEvent {
  const base = { on: ids.on, by: ids.by, ...(action.note ? { note: action.note } : {}) };
  switch (action.kind) {
    case 'accept':
      return { ...base, kind: 'accepted' };
    case 'extension':
      return { ...base, kind: 'extension', days: action.days };
    case 'resolve':
      return { ...base, kind: 'resolved', ...(action.reply ? { reply: action.reply } : {}) };
    case 'visit':
      return {
        ...base,
        kind: 'visit',
        visitId: action.visitId ?? ids.visitId,
        channel: action.channel,
        level: action.level,
        form: action.form,
        headcount: action.headcount,
      };
    case 'retrieval':
      return { ...base, kind: 'retrieval', unitId: action.unitId, costFen: action.costFen };
    case 'satisfaction':
      return { ...base, kind: 'satisfaction', result: action.result, source: 'officer' };
    case 'serious_impact':
      return { ...base, kind: 'serious_impact' };
    case 'units_changed':
      return { ...base, kind: 'units_changed', responsibleUnitIds: action.responsibleUnitIds };
    case 'close':
      return { ...base, kind: 'status', to: 'closed', ...(action.reply ? { reply: action.reply } : {}) };
    default:
      return { ...base, kind: 'status', to: STATUS_ACTIONS[action.kind] };
  }
}
