import type { CaseEvent, CaseRecord } from '../model';
import type { CaseState } from './case-state';
import { CaseTransitionError } from './case-transition-error';
import { addPeriod, type FoldContext } from './fold-context';
import { nextAllowedStatuses, openStatuses, statusLabel } from './status-flow';
import { withNotice, withVisit } from './visits';

/** The state right after 接访 registration: the first event of every case. */
export function registerCase(ids: Pick<CaseRecord, 'id' | 'townshipId'>, e: CaseEvent, ctx: FoldContext): CaseState {
  if (e.kind !== 'registered') {
    throw new CaseTransitionError('not_registered_first', e.seq, '信访事项的第一条记录必须是登记', ids.id);
  }
  const firstRegisteredOn = e.firstRegisteredOn ?? e.on;
  if (firstRegisteredOn > e.on) {
    throw new CaseTransitionError('before_registration', e.seq, '首次登记日期不能晚于本次登记日期', ids.id);
  }
  const acceptanceDeadline = addPeriod(ctx, e.on, ctx.settings.acceptanceDays);
  const resolutionDeadline = addPeriod(ctx, acceptanceDeadline, ctx.settings.resolutionDays);
  // One literal, no spread: every case state then shares V8's hidden classes as fields are added later.
  return {
    caseId: ids.id,
    number: e.number ?? ids.id,
    townshipId: ids.townshipId,
    status: 'intake',
    caseType: e.caseType,
    category: e.category,
    summary: e.summary,
    originUnitId: e.originUnitId,
    responsibleUnitIds: [...e.responsibleUnitIds],
    registeredOn: e.on,
    firstRegisteredOn,
    acceptanceDeadline,
    extensions: [],
    extensionDaysGranted: 0,
    resolutionDeadline,
    resolutionDeadlineProvisional: true,
    resolutionDeadlineSteps: [{ from: e.on, seq: e.seq, deadline: resolutionDeadline, reason: 'provisional' }],
    seriousImpact: false,
    visits: [],
    retrievals: [],
    retrievalCostFen: 0,
    lastSeq: e.seq,
  };
}

/** Applies one event to a registered case, or throws a CaseTransitionError naming the event's seq. */
export function applyEvent(state: CaseState, e: CaseEvent, ctx: FoldContext): CaseState {
  // Object.assign, not a spread: applyEventTo may add keys, which on a spread copy costs a hidden class per object.
  const next = Object.assign({}, state);
  applyEventTo(next, e, ctx);
  return next;
}

type FailCode = ConstructorParameters<typeof CaseTransitionError>[0];

// A module function rather than a closure made per event: folds apply tens of thousands of events.
function fail(s: CaseState, e: CaseEvent, code: FailCode, message: string): never {
  throw new CaseTransitionError(code, e.seq, message, s.caseId);
}

/**
 * applyEvent on a state the caller owns (a fold's own working copy): changes `s` in place, or throws
 * before changing anything. Its arrays are replaced, never changed, so states handed out earlier keep theirs.
 * Folding in place spares a copy of the whole state per event, the bulk of an evaluation's garbage.
 * Fields are set in the order the former spreads listed them, so states keep the same key order.
 */
export function applyEventTo(s: CaseState, e: CaseEvent, ctx: FoldContext): void {
  if (e.seq <= s.lastSeq) fail(s, e, 'duplicate_seq', `记录序号 ${e.seq} 重复或倒序`);
  if (e.on < s.firstRegisteredOn)
    fail(s, e, 'before_registration', `记录日期 ${e.on} 早于首次登记日期 ${s.firstRegisteredOn}`);

  switch (e.kind) {
    case 'registered':
      return fail(s, e, 'already_registered', '该信访事项已登记，不能重复登记');
    case 'accepted': {
      if (s.acceptedOn !== undefined) fail(s, e, 'already_accepted', '该信访事项已受理');
      const deadline = addPeriod(ctx, e.on, ctx.settings.resolutionDays);
      s.lastSeq = e.seq;
      s.acceptedOn = e.on;
      s.resolutionDeadline = deadline;
      s.resolutionDeadlineProvisional = false;
      s.resolutionDeadlineSteps = [
        ...s.resolutionDeadlineSteps,
        { from: e.on, seq: e.seq, deadline, reason: 'accepted' },
      ];
      return;
    }
    case 'extension': {
      if (s.acceptedOn === undefined) return fail(s, e, 'not_accepted', '尚未受理，不能延期');
      if (s.resolvedOn !== undefined) fail(s, e, 'extension_after_resolution', '已办结，不能延期');
      const granted = s.extensionDaysGranted + e.days;
      if (granted > ctx.settings.maxExtensionDays) {
        fail(s, e, 'extension_over_cap', `延期合计 ${granted} 天，超过上限 ${ctx.settings.maxExtensionDays} 天`);
      }
      const deadline = addPeriod(ctx, s.acceptedOn, ctx.settings.resolutionDays + granted);
      s.lastSeq = e.seq;
      s.extensions = [...s.extensions, { seq: e.seq, on: e.on, days: e.days }];
      s.extensionDaysGranted = granted;
      s.resolutionDeadline = deadline;
      s.resolutionDeadlineSteps = [
        ...s.resolutionDeadlineSteps,
        { from: e.on, seq: e.seq, deadline, reason: 'extension' },
      ];
      return;
    }
    case 'visit':
      if (s.visits.some((v) => v.visitId === e.visitId)) fail(s, e, 'duplicate_visit', `来访编号 ${e.visitId} 重复`);
      s.lastSeq = e.seq;
      s.visits = withVisit(s.visits, e);
      return;
    case 'notice':
      if (!s.visits.some((v) => v.visitId === e.visitId))
        fail(s, e, 'unknown_visit', `通报所指的来访 ${e.visitId} 不属于该信访事项`);
      s.lastSeq = e.seq;
      s.visits = withNotice(s.visits, e.visitId, {
        level: e.level,
        on: e.on,
        seq: e.seq,
        ...(e.reason ? { reason: e.reason } : {}),
      });
      return;
    case 'retrieval':
      s.lastSeq = e.seq;
      s.retrievals = [...s.retrievals, { seq: e.seq, on: e.on, unitId: e.unitId, costFen: e.costFen }];
      s.retrievalCostFen = s.retrievalCostFen + e.costFen;
      return;
    case 'resolved':
      if (s.resolvedOn !== undefined) fail(s, e, 'already_resolved', '该信访事项已办结');
      if (!openStatuses.includes(s.status))
        fail(s, e, 'resolved_when_not_open', `当前状态「${statusLabel[s.status]}」不能办结`);
      s.lastSeq = e.seq;
      s.resolvedOn = e.on;
      s.resolvedSeq = e.seq;
      return;
    case 'satisfaction':
      if (s.status !== 'closed' && s.status !== 'feedback')
        fail(s, e, 'satisfaction_before_closing', '结案后才能记录满意度');
      s.lastSeq = e.seq;
      s.satisfaction = e.result;
      s.satisfactionOn = e.on;
      s.status = 'feedback';
      return;
    case 'serious_impact':
      s.lastSeq = e.seq;
      if (!s.seriousImpact) {
        s.seriousImpact = true;
        s.seriousImpactOn = e.on;
      }
      return;
    case 'units_changed':
      s.lastSeq = e.seq;
      s.responsibleUnitIds = [...e.responsibleUnitIds];
      return;
    case 'status':
      return moveTo(s, e, ctx);
  }
}

function moveTo(s: CaseState, e: Extract<CaseEvent, { kind: 'status' }>, ctx: FoldContext): void {
  if (!nextAllowedStatuses(s).includes(e.to)) {
    fail(s, e, 'bad_transition', `不能从「${statusLabel[s.status]}」转为「${statusLabel[e.to]}」`);
  }
  switch (e.to) {
    case 'closed': {
      // 结案 means 办结: a case closed without an explicit resolution is resolved on its closing date.
      const firstClosedOn = s.firstClosedOn ?? e.on;
      const resolvesNow = s.resolvedOn === undefined;
      s.lastSeq = e.seq;
      s.status = 'closed';
      s.closedOn = e.on;
      s.firstClosedOn = firstClosedOn;
      if (resolvesNow) {
        s.resolvedOn = e.on;
        s.resolvedSeq = e.seq;
      }
      return;
    }
    case 'review': {
      const deadline = addPeriod(ctx, e.on, ctx.settings.reviewDays);
      s.lastSeq = e.seq;
      s.status = 'review';
      s.reviewOn = e.on;
      s.reviewDeadline = deadline;
      return;
    }
    case 're_review': {
      const deadline = addPeriod(ctx, e.on, ctx.settings.reReviewDays);
      s.lastSeq = e.seq;
      s.status = 're_review';
      s.reReviewOn = e.on;
      s.reReviewDeadline = deadline;
      return;
    }
    default:
      s.lastSeq = e.seq;
      s.status = e.to;
  }
}
