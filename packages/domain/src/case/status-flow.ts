import type { CaseStatus } from '../model';
import type { CaseState } from './case-state';

/** 接访 → 归口 → 分理 → (督办) → 结案 → 反馈; 复查 and then 复核 reopen the answer of a closed case. */
const forward: Record<CaseStatus, CaseStatus[]> = {
  intake: ['routed'],
  routed: ['assigned'],
  // 督办 is for cases that need pressing; a case handled in time closes straight from 分理.
  assigned: ['supervised', 'closed'],
  supervised: ['closed'],
  closed: ['feedback'],
  feedback: [],
  review: ['closed'],
  re_review: ['closed'],
};

/** Statuses in which the case is still being handled for the first time: 办结 is recorded here. */
export const openStatuses: readonly CaseStatus[] = ['intake', 'routed', 'assigned', 'supervised'];

export const statusLabel: Record<CaseStatus, string> = {
  intake: '接访',
  routed: '归口',
  assigned: '分理',
  supervised: '督办',
  closed: '结案',
  feedback: '反馈',
  review: '复查',
  re_review: '复核',
};

/** The statuses a user may move the case to next. */
export function nextAllowedStatuses(state: Pick<CaseState, 'status' | 'reviewOn' | 'reReviewOn'>): CaseStatus[] {
  const next = [...forward[state.status]];
  if (state.status === 'closed' || state.status === 'feedback') {
    // 复查 once, from a closed case; 复核 once, only after a 复查 has been answered (closed again).
    if (state.reviewOn === undefined) next.push('review');
    else if (state.reReviewOn === undefined) next.push('re_review');
  }
  return next;
}
