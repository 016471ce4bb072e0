import {
  deadlineStatus,
  formLabel,
  levelLabel,
  noticeReasonLabel,
  nextAllowedStatuses,
  statusLabel,
  formatYuan,
  type Calendar,
  type CaseEvent,
  type CaseState,
  visitKindLabel,
  type DeadlineStatusKind,
} from '@xinfang/domain';
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

/** Names by id for the text a user reads; an id not in the org chart (a unit since removed) stays as it is. */
export interface Names {
  units: Record<string, string>;
  people: Record<string, string>;
}
const NO_NAMES: Names = { units: {}, people: {} };
const unitName = (names: Names, id: string) => names.units[id] ?? id;

/** 「来访（集体访·到区）」: what a timeline row says, in Chinese, with units by name. */
export function eventLabel(e: CaseEvent, names: Names = NO_NAMES, visitOn: Record<string, string> = {}): string {
  switch (e.kind) {
    case 'registered':
      return '登记（接访）';
    case 'accepted':
      return '受理';
    case 'visit':
      return `来访（${formLabel[e.form]}·${levelLabel[e.level]}，${e.headcount}人）`;
    case 'notice':
      return `${levelLabel[e.level]}通报${visitOn[e.visitId] ? `（${visitOn[e.visitId]}的来访）` : ''}${
        e.reason ? `：${noticeReasonLabel[e.reason]}` : ''
      }`;
    case 'retrieval':
      return `领回（${unitName(names, e.unitId)}，费用${formatYuan(e.costFen)}）`;
    case 'status':
      return `转为「${statusLabel[e.to]}」`;
    case 'extension':
      return `延期 ${e.days} 天`;
    case 'resolved':
      return '办结';
    case 'satisfaction':
      return e.source === 'petitioner'
        ? `满意度评价（信访人自评）：${SATISFACTION_LABEL[e.result]}`
        : `满意度评价：${SATISFACTION_LABEL[e.result]}`;
    case 'serious_impact':
      return '认定造成较坏影响';
    case 'units_changed':
      return `责任单位变更为 ${e.responsibleUnitIds.map((id) => unitName(names, id)).join('、')}`;
  }
}

export function timelineOf(events: readonly StoredCaseEvent[], names: Names = NO_NAMES) {
  const visitOn: Record<string, string> = {};
  for (const { event } of events) if (event.kind === 'visit') visitOn[event.visitId] = event.on;
  return events.map(({ event, recordedAt }) => {
    const { seq, kind, on, by, note, ...details } = event;
    const label = eventLabel(event, names, visitOn);
    return { seq, kind, label, on, ...(by ? { by } : {}), ...(note ? { note } : {}), recordedAt, details };
  });
}

/** Working days from `today` to `deadline`: positive while ahead (the deadline day counts), negative once past. */
export function workingDaysLeft(calendar: Calendar, today: string, deadline: string): number {
  let n = 0;
  if (deadline >= today) {
    for (let d = today; d < deadline && n < 400;) {
      d = calendar.addDays(d, 1);
      if (calendar.isWorkingDay(d)) n += 1;
    }
    return n;
  }
  for (let d = today; d > deadline && n > -400;) {
    if (calendar.isWorkingDay(d)) n -= 1;
    d = calendar.addDays(d, -1);
  }
  return n;
}

interface DeadlineRow {
  kind: 'acceptance' | 'resolution' | 'review' | 're_review';
  label: string;
  deadline: string;
  doneOn?: string;
  workingDaysLeft?: number;
  extensionDays?: number;
}

/** Acceptance, resolution (with its extensions) and, once closed, review and re-review deadlines. */
export function deadlineRows(state: CaseState, calendar: Calendar, today: string): DeadlineRow[] {
  const pending = (deadline: string, doneOn: string | undefined) =>
    doneOn ? { doneOn } : { workingDaysLeft: workingDaysLeft(calendar, today, deadline) };
  const rows: DeadlineRow[] = [
    {
      kind: 'acceptance',
      label: '受理期限',
      deadline: state.acceptanceDeadline,
      ...pending(state.acceptanceDeadline, state.acceptedOn),
    },
    {
      kind: 'resolution',
      label: '办结期限',
      deadline: state.resolutionDeadline,
      ...pending(state.resolutionDeadline, state.resolvedOn),
      ...(state.extensionDaysGranted > 0 ? { extensionDays: state.extensionDaysGranted } : {}),
    },
  ];
  if (state.reviewDeadline) {
    const deadline = state.reviewDeadline;
    rows.push({ kind: 'review', label: '复查申请期限', deadline, ...pending(deadline, state.reviewOn) });
  }
  if (state.reReviewDeadline) {
    const deadline = state.reReviewDeadline;
    rows.push({ kind: 're_review', label: '复核申请期限', deadline, ...pending(deadline, state.reReviewOn) });
  }
  return rows;
}

/** The case's district notices, newest last, each with the visit it notes. */
export function noticesOf(state: CaseState) {
  return state.visits.flatMap((v) =>
    v.notices.map((n) => ({
      on: n.on,
      level: n.level,
      visitOn: v.on,
      visitLabel: visitKindLabel(v.form, v.level),
      ...(n.reason ? { reason: n.reason, reasonLabel: noticeReasonLabel[n.reason] } : {}),
    })),
  );
}

/** The detail view: summary, today's deadline status, the next allowed statuses and the timeline. */
export function presentDetail(
  summary: CaseSummary,
  state: CaseState,
  events: readonly StoredCaseEvent[],
  today: string,
  ctx: { calendar: Calendar; names: Names; caseLeaders: string[] },
) {
  const deadline = deadlineStatus(state, today);
  return {
    case: presentSummary(summary, today),
    deadline: { ...deadline, label: DEADLINE_LABEL[deadline.kind] },
    deadlines: deadlineRows(state, ctx.calendar, today),
    names: ctx.names,
    caseLeaders: ctx.caseLeaders,
    notices: noticesOf(state),
    ...(state.reviewDeadline ? { reviewDeadline: state.reviewDeadline } : {}),
    ...(state.reReviewDeadline ? { reReviewDeadline: state.reReviewDeadline } : {}),
    nextStatuses: nextAllowedStatuses(state),
    timeline: timelineOf(events, ctx.names),
  };
}
