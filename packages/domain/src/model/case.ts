import { z } from 'zod';
import { Fen, Id, IsoDate, Name } from './primitives';

/** 建议意见 · 检举控告 · 申诉求决 */
export const CaseType = z.enum(['suggestion', 'accusation', 'appeal']);
export type CaseType = z.infer<typeof CaseType>;

/** 到镇 · 到区 · 到市 · 赴省 · 进京 */
export const VisitLevel = z.enum(['township', 'district', 'city', 'province', 'national']);
export type VisitLevel = z.infer<typeof VisitLevel>;

/** 个人访 · 集体访 (the collective threshold is a rule-set setting; the form is recorded as judged at intake). */
export const VisitForm = z.enum(['individual', 'collective']);
export type VisitForm = z.infer<typeof VisitForm>;

/**
 * Why a district notes a visit (通报事由): 越级到区及以上 · 重复信访未化解 · 集体访 · 办理超期 · 化解不力 · 其他.
 * Each names how the township's officials handled the matter, never the petitioner.
 */
export const NoticeReason = z.enum(['escalation', 'repeat', 'collective', 'overdue', 'ineffective', 'other']);
export type NoticeReason = z.infer<typeof NoticeReason>;

/** 来信 · 来访 · 网上 · 电话 */
export const Channel = z.enum(['letter', 'visit', 'online', 'phone']);
export type Channel = z.infer<typeof Channel>;

/** 接访 → 归口 → 分理 → 督办 → 结案 → 反馈, and 复查 / 复核 after a closed case. */
export const CaseStatus = z.enum([
  'intake',
  'routed',
  'assigned',
  'supervised',
  'closed',
  'feedback',
  'review',
  're_review',
]);
export type CaseStatus = z.infer<typeof CaseStatus>;

export const Satisfaction = z.enum(['satisfied', 'basically_satisfied', 'unsatisfied']);
export type Satisfaction = z.infer<typeof Satisfaction>;

/**
 * Who gave a satisfaction answer: the petitioner on the public tracking page, or an officer recording what the
 * petitioner said (absent on events recorded before the tracking page existed: an officer).
 */
export const SatisfactionSource = z.enum(['officer', 'petitioner']);
export type SatisfactionSource = z.infer<typeof SatisfactionSource>;

/** The answer to the petitioner (答复意见): shown to the petitioner, so it never names officials. */
const Reply = z.string().trim().min(1).max(4000);

const base = {
  /** 1-based position in the case's append-only event list; unique per case. */
  seq: z.number().int().positive(),
  /** The business date the event happened on (Asia/Shanghai). */
  on: IsoDate,
  /** Who recorded it (user id); not a petitioner. */
  by: Id.optional(),
  note: z.string().max(2000).optional(),
};

export const CaseEvent = z.discriminatedUnion('kind', [
  z.object({
    ...base,
    kind: z.literal('registered'),
    caseType: CaseType,
    category: Name,
    summary: z.string().min(1).max(4000),
    originUnitId: Id,
    responsibleUnitIds: z.array(Id).min(1),
    /** For a backlog case imported from paper: the date it was first registered, years ago. */
    firstRegisteredOn: IsoDate.optional(),
    /** 编号, the number officials read and quote (e.g. xiji-2026-046); given at registration. */
    number: z.string().min(1).max(60).optional(),
  }),
  z.object({ ...base, kind: z.literal('accepted') }),
  z.object({
    ...base,
    kind: z.literal('visit'),
    visitId: Id,
    channel: Channel,
    level: VisitLevel,
    form: VisitForm,
    headcount: z.number().int().positive(),
  }),
  /** 通报: a higher level formally notes one of the case's visits. */
  z.object({
    ...base,
    kind: z.literal('notice'),
    visitId: Id,
    level: z.enum(['district', 'city', 'province', 'national']),
    /** Absent on notices recorded before reasons were asked for. */
    reason: NoticeReason.optional(),
  }),
  /** 领回: the responsible unit takes the matter back; its cost is charged to the unit. */
  z.object({ ...base, kind: z.literal('retrieval'), unitId: Id, costFen: Fen.nonnegative() }),
  /** `reply`: on 结案, the answer (答复意见) the petitioner reads on the public tracking page. */
  z.object({ ...base, kind: z.literal('status'), to: CaseStatus, reply: Reply.optional() }),
  /** A granted extension of the resolution deadline (the national cap is 30 days in all). */
  z.object({ ...base, kind: z.literal('extension'), days: z.number().int().positive() }),
  /** 办结 */
  z.object({ ...base, kind: z.literal('resolved'), reply: Reply.optional() }),
  /** 反馈: the petitioner's satisfaction with the resolution. */
  z.object({ ...base, kind: z.literal('satisfaction'), result: Satisfaction, source: SatisfactionSource.optional() }),
  /** An admin's finding that the case caused serious impact (造成较坏影响): adds 党纪政纪处分 on late row-5 visits. */
  z.object({ ...base, kind: z.literal('serious_impact') }),
  /** Responsible units changed after routing. */
  z.object({ ...base, kind: z.literal('units_changed'), responsibleUnitIds: z.array(Id).min(1) }),
]);
export type CaseEvent = z.infer<typeof CaseEvent>;
export type CaseEventKind = CaseEvent['kind'];

/** A case as stored and exchanged: identity plus its events. Petitioners' identity is never part of it. */
export const CaseRecord = z.object({
  id: Id,
  townshipId: Id,
  events: z.array(CaseEvent).min(1),
});
export type CaseRecord = z.infer<typeof CaseRecord>;
