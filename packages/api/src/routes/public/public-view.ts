import { addDays, type CaseEvent, type CaseState, type Satisfaction } from '@xinfang/domain';
import type { PublicCaseView, PublicStage } from './schemas';

const STAGES: { stage: PublicStage; label: string }[] = [
  { stage: 'accepting', label: '受理' },
  { stage: 'handling', label: '办理' },
  { stage: 'resolved', label: '办结' },
  { stage: 'review', label: '复查' },
];
const SATISFACTION_LABEL: Record<Satisfaction, string> = {
  satisfied: '满意',
  basically_satisfied: '基本满意',
  unsatisfied: '不满意',
};
/** 信访工作条例 第三十五条: a review may be requested within 30 days of receiving the written answer. */
const REVIEW_REQUEST_DAYS = 30;

/** The stage a petitioner understands, from the case's fold. */
export function stageOf(s: Pick<CaseState, 'status' | 'acceptedOn' | 'resolvedOn'>): PublicStage {
  if (s.status === 'review' || s.status === 're_review') return 'review';
  if (s.resolvedOn !== undefined || s.status === 'closed' || s.status === 'feedback') return 'resolved';
  if (s.acceptedOn !== undefined || s.status !== 'intake') return 'handling';
  return 'accepting';
}

/** The events since the latest 结案: the answer the petitioner is rating now (a review closes the case again). */
function sinceLatestClose(events: readonly CaseEvent[]): CaseEvent[] {
  const at = events.findLastIndex((e) => e.kind === 'status' && e.to === 'closed');
  return at < 0 ? [] : events.slice(at + 1);
}

/** The petitioner's own rating of the current answer, if given. */
export function petitionerRating(events: readonly CaseEvent[]) {
  return sinceLatestClose(events).findLast((e) => e.kind === 'satisfaction' && e.source === 'petitioner') as
    Extract<CaseEvent, { kind: 'satisfaction' }> | undefined;
}

/** Whether the petitioner may rate now: the case is closed (结案) and this answer has no rating of theirs yet. */
export function mayRate(state: CaseState, events: readonly CaseEvent[]): boolean {
  return (state.status === 'closed' || state.status === 'feedback') && petitionerRating(events) === undefined;
}

/** The latest reply (答复意见) given with 办结 or 结案. */
function replyOf(events: readonly CaseEvent[]): string | undefined {
  for (let i = events.length - 1; i >= 0; i -= 1) {
    const e = events[i];
    if ((e?.kind === 'resolved' || (e?.kind === 'status' && e.to === 'closed')) && e.reply) return e.reply;
  }
  return undefined;
}

/** What the public tracking page shows. Built field by field, so nothing of the case passes through unnamed. */
export function presentPublicCase(
  state: CaseState,
  events: readonly CaseEvent[],
  names: { township: string; units: string[] },
): PublicCaseView {
  const stage = stageOf(state);
  const reached = STAGES.findIndex((s) => s.stage === stage);
  const rating = petitionerRating(events);
  const reply = state.resolvedOn !== undefined ? replyOf(events) : undefined;
  const requestKind: 'review' | 're_review' | undefined =
    state.reviewOn === undefined ? 'review' : state.reReviewOn === undefined ? 're_review' : undefined;
  const reviewRequest =
    rating?.result === 'unsatisfied' &&
    state.closedOn &&
    requestKind &&
    (state.status === 'closed' || state.status === 'feedback')
      ? {
          kind: requestKind,
          label: requestKind === 'review' ? '复查' : '复核',
          by: addDays(state.closedOn, REVIEW_REQUEST_DAYS),
          how:
            requestKind === 'review'
              ? '对答复意见不服的，可以自收到书面答复之日起 30 日内，向原办理机关的上一级机关书面请求复查。请携带本查询码和书面答复。'
              : '对复查意见不服的，可以自收到书面复查意见之日起 30 日内，向复查机关的上一级机关书面请求复核。请携带本查询码和书面复查意见。',
        }
      : undefined;
  return {
    township: names.township,
    category: state.category,
    stage,
    stageLabel: STAGES[reached]?.label ?? '',
    // 复查 is reached only by a review: a case resolved without one stops at 办结.
    stages: STAGES.map((s, i) => ({ ...s, reached: i <= reached })),
    registeredOn: state.registeredOn,
    acceptanceDeadline: state.acceptanceDeadline,
    ...(state.acceptedOn ? { acceptedOn: state.acceptedOn } : {}),
    resolutionDeadline: state.resolutionDeadline,
    ...(state.resolvedOn ? { resolvedOn: state.resolvedOn } : {}),
    ...(state.closedOn ? { closedOn: state.closedOn } : {}),
    ...(state.reviewOn ? { reviewOn: state.reviewOn } : {}),
    ...((state.reReviewDeadline ?? state.reviewDeadline)
      ? { reviewDeadline: state.reReviewDeadline ?? state.reviewDeadline }
      : {}),
    handlingUnits: names.units,
    ...(reply ? { reply } : {}),
    ...(rating ? { rating: { result: rating.result, label: SATISFACTION_LABEL[rating.result], on: rating.on } } : {}),
    canRate: mayRate(state, events),
    ...(reviewRequest ? { reviewRequest } : {}),
  };
}
