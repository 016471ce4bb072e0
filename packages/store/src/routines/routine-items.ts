import { StoreError } from '../store-error';
import { IsoDate } from '@xinfang/domain';
import { z } from 'zod';

/**
 * The township's routines of seed section 三(三): pre-event case reviews (重点案件研判) and leaders' reception
 * days (领导接访日). Both are about cases and officials; neither has a field for a petitioner (domain.md, Scope).
 * Names (the case's summary, the leader's name) are copied in when written, so a list reads without joins and
 * shows what the meeting saw.
 */

/** 元旦 · 春节 · 国庆 · another configured event (上级大型会议或活动), named in `eventName`. */
export const ReviewOccasion = z.enum(['new_year', 'spring_festival', 'national_day', 'event']);
export type ReviewOccasion = z.infer<typeof ReviewOccasion>;

/** One case a review meeting looked at: the decision taken on it and the leader who answers for it. */
export const CaseReviewItem = z.object({
  caseId: z.string().min(1).max(100),
  /** 编号 of the case, copied in like its summary (absent on records written before numbers existed). */
  caseNumber: z.string().max(100).optional(),
  caseSummary: z.string().max(2000),
  decision: z.string().trim().min(1, '请填写研判意见').max(2000),
  leaderId: z.string().min(1).max(100),
  leaderName: z.string().max(100),
  /** 化解期限 agreed at the meeting, if any. */
  dueDate: IsoDate.optional(),
});
export type CaseReviewItem = z.infer<typeof CaseReviewItem>;

export const CaseReview = z.object({
  /** Starts with the meeting date, so a year's reviews are one Query on a sort-key prefix. */
  id: z.string().min(1).max(100),
  occasion: ReviewOccasion,
  eventName: z.string().max(100).optional(),
  /** The sensitive date the review prepares for (e.g. 2027-01-01 for 元旦). */
  eventDate: IsoDate,
  meetingDate: IsoDate,
  items: z.array(CaseReviewItem).max(300),
  version: z.number().int().positive(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type CaseReview = z.infer<typeof CaseReview>;

/** A case received on a reception day (the case's number and summary; never the visitor). */
export const ReceivedCase = z.object({
  caseId: z.string().min(1).max(100),
  /** 编号, copied in like the summary (absent on records written before numbers existed). */
  caseNumber: z.string().max(100).optional(),
  caseSummary: z.string().max(2000),
});
export type ReceivedCase = z.infer<typeof ReceivedCase>;

export const ReceptionDay = z.object({
  /** Starts with the date, like a review's. */
  id: z.string().min(1).max(100),
  date: IsoDate,
  leaderId: z.string().min(1).max(100),
  leaderName: z.string().max(100),
  place: z.string().trim().min(1, '请填写接访地点').max(200),
  cases: z.array(ReceivedCase).max(300),
  version: z.number().int().positive(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type ReceptionDay = z.infer<typeof ReceptionDay>;

export const routineKeys = {
  reviews: (tenantId: string) => `T#${tenantId}#REVIEW`,
  receptions: (tenantId: string) => `T#${tenantId}#RECEPTION`,
};

/** A change named a version that is no longer current, or a record that is not there. */
export class RoutineVersionConflictError extends StoreError {
  constructor(
    readonly id: string,
    readonly currentVersion: number,
  ) {
    super('conflict', 'version_conflict', '已被他人修改，请刷新后重试', { currentVersion });
  }
}

export class RoutineNotFoundError extends StoreError {
  constructor(readonly id: string) {
    super('not_found', 'routine_not_found', '记录不存在');
  }
}
