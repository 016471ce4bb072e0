import { deadlineStatus, formLabel, levelLabel, nextAllowedStatuses, statusLabel, formatYuan, type CaseEvent, type CaseState, type DeadlineStatusKind } from '@xinfang/domain';
import { isSummaryOverdue, type CaseSummary, type StoredCaseEvent } from '@xinfang/store';

const SATISFACTION_LABEL = { satisfied: '满意', basically_satisfied: '基本满意', unsatisfied: '不满意' } as const;
const DEADLINE_LABEL: Record<DeadlineStatusKind, string> = {
  resolved_on_time: '按期办结',
  resolved_late: '超期办结',
  on_track: '办理中',
  due_soon: '即将到期',
  overdue: '已超期',
};

/** A summary as the API shows it: with the status in Chinese and overdue-ness as of today. */
export function presentSummary(summary: CaseSummary, today: string) {
  return { ...summary, statusLabel: statusLabel[summary.status], overdue: isSummaryOverdue(summary, today) };
}

/** 「来访（集体访·到区）」: what a timeline row says, in Chinese. */
export function eventLabel(e: CaseEvent): string {
  switch (e.kind) {
    case 'registered':
      return '登记（接访）';
    case 'accepted':
      return '受理';
    case 'visit':
      return `来访（${formLabel[e.form]}·${levelLabel[e.level]}，${e.headcount}人）`;
    case 'notice':
      return `通报（${levelLabel[e.level]}通报来访 ${e.visitId}）`;
    case 'retrieval':
      return `领回（${e.unitId}，费用${formatYuan(e.costFen)}）`;
    case 'status':
      return `转为「${statusLabel[e.to]}」`;
    case 'extension':
      return `延期 ${e.days} 天`;
    case 'resolved':
      return '办结';
    case 'satisfaction':
      return e.source === 'petitioner' ? `满意度评价（信访人自评）：${SATISFACTION_LABEL[e.result]}` : `满意度评价：${SATISFACTION_LABEL[e.result]}`;
    case 'serious_impact':
      return '认定造成较坏影响';
    case 'units_changed':
      return `责任单位变更为 ${e.responsibleUnitIds.join('、')}`;
  }
}

export function timelineOf(events: readonly StoredCaseEvent[]) {
  return events.map(({ event, recordedAt }) => {
    const { seq, kind, on, by, note, ...details } = event;
    return { seq, kind, label: eventLabel(event), on, ...(by ? { by } : {}), ...(note ? { note } : {}), recordedAt, details };
  });
}

/** The detail view: summary, today's deadline status, the next allowed statuses and the timeline. */
export function presentDetail(summary: CaseSummary, state: CaseState, events: readonly StoredCaseEvent[], today: string) {
  const deadline = deadlineStatus(state, today);
  return {
    case: presentSummary(summary, today),
    deadline: { ...deadline, label: DEADLINE_LABEL[deadline.kind] },
    ...(state.reviewDeadline ? { reviewDeadline: state.reviewDeadline } : {}),
    ...(state.reReviewDeadline ? { reReviewDeadline: state.reReviewDeadline } : {}),
    nextStatuses: nextAllowedStatuses(state),
    timeline: timelineOf(events),
  };
}
