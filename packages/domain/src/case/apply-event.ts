import type { CaseEvent, CaseRecord } from '../model';
import type { CaseState } from './case-state';
import { CaseTransitionError } from './case-transition-error';
import { addPeriod, type FoldContext } from './fold-context';
import { nextAllowedStatuses, openStatuses, statusLabel } from './status-flow';
import { withNotice, withVisit } from './visits';

type Registered = Extract<CaseEvent, { kind: 'registered' }>;

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
  return {
    caseId: ids.id,
    townshipId: ids.townshipId,
    status: 'intake',
    ...pickRegistration(e),
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

function pickRegistration(e: Registered) {
  return {
    caseType: e.caseType,
    category: e.category,
    summary: e.summary,
    originUnitId: e.originUnitId,
    responsibleUnitIds: [...e.responsibleUnitIds],
  };
}

/** Applies one event to a registered case, or throws a CaseTransitionError naming the event's seq. */
export function applyEvent(state: CaseState, e: CaseEvent, ctx: FoldContext): CaseState {
  const fail = (code: ConstructorParameters<typeof CaseTransitionError>[0], message: string): never => {
    throw new CaseTransitionError(code, e.seq, message, state.caseId);
  };
  if (e.seq <= state.lastSeq) fail('duplicate_seq', `记录序号 ${e.seq} 重复或倒序`);
  if (e.on < state.firstRegisteredOn) fail('before_registration', `记录日期 ${e.on} 早于首次登记日期 ${state.firstRegisteredOn}`);
  const s: CaseState = { ...state, lastSeq: e.seq };

  switch (e.kind) {
    case 'registered':
      return fail('already_registered', '该信访事项已登记，不能重复登记');
    case 'accepted': {
      if (s.acceptedOn !== undefined) fail('already_accepted', '该信访事项已受理');
      const deadline = addPeriod(ctx, e.on, ctx.settings.resolutionDays);
      return {
        ...s,
        acceptedOn: e.on,
        resolutionDeadline: deadline,
        resolutionDeadlineProvisional: false,
        resolutionDeadlineSteps: [...s.resolutionDeadlineSteps, { from: e.on, seq: e.seq, deadline, reason: 'accepted' }],
      };
    }
    case 'extension': {
      if (s.acceptedOn === undefined) return fail('not_accepted', '尚未受理，不能延期');
      if (s.resolvedOn !== undefined) fail('extension_after_resolution', '已办结，不能延期');
      const granted = s.extensionDaysGranted + e.days;
      if (granted > ctx.settings.maxExtensionDays) {
        fail('extension_over_cap', `延期合计 ${granted} 天，超过上限 ${ctx.settings.maxExtensionDays} 天`);
      }
      const deadline = addPeriod(ctx, s.acceptedOn, ctx.settings.resolutionDays + granted);
      return {
        ...s,
        extensions: [...s.extensions, { seq: e.seq, on: e.on, days: e.days }],
        extensionDaysGranted: granted,
        resolutionDeadline: deadline,
        resolutionDeadlineSteps: [...s.resolutionDeadlineSteps, { from: e.on, seq: e.seq, deadline, reason: 'extension' }],
      };
    }
    case 'visit':
      if (s.visits.some((v) => v.visitId === e.visitId)) fail('duplicate_visit', `来访编号 ${e.visitId} 重复`);
      return { ...s, visits: withVisit(s.visits, e) };
    case 'notice':
      if (!s.visits.some((v) => v.visitId === e.visitId)) fail('unknown_visit', `通报所指的来访 ${e.visitId} 不属于该信访事项`);
      return { ...s, visits: withNotice(s.visits, e.visitId, { level: e.level, on: e.on, seq: e.seq }) };
    case 'retrieval':
      return {
        ...s,
        retrievals: [...s.retrievals, { seq: e.seq, on: e.on, unitId: e.unitId, costFen: e.costFen }],
        retrievalCostFen: s.retrievalCostFen + e.costFen,
      };
    case 'resolved':
      if (s.resolvedOn !== undefined) fail('already_resolved', '该信访事项已办结');
      if (!openStatuses.includes(s.status)) fail('resolved_when_not_open', `当前状态「${statusLabel[s.status]}」不能办结`);
      return { ...s, resolvedOn: e.on, resolvedSeq: e.seq };
    case 'satisfaction':
      if (s.status !== 'closed' && s.status !== 'feedback') fail('satisfaction_before_closing', '结案后才能记录满意度');
      return { ...s, satisfaction: e.result, satisfactionOn: e.on, status: 'feedback' };
    case 'serious_impact':
      return s.seriousImpact ? s : { ...s, seriousImpact: true, seriousImpactOn: e.on };
    case 'units_changed':
      return { ...s, responsibleUnitIds: [...e.responsibleUnitIds] };
    case 'status':
      return moveTo(s, e, ctx, fail);
  }
}

function moveTo(s: CaseState, e: Extract<CaseEvent, { kind: 'status' }>, ctx: FoldContext, fail: (code: 'bad_transition', m: string) => never): CaseState {
  if (!nextAllowedStatuses(s).includes(e.to)) {
    fail('bad_transition', `不能从「${statusLabel[s.status]}」转为「${statusLabel[e.to]}」`);
  }
  switch (e.to) {
    case 'closed':
      // 结案 means 办结: a case closed without an explicit resolution is resolved on its closing date.
      return {
        ...s,
        status: 'closed',
        closedOn: e.on,
        firstClosedOn: s.firstClosedOn ?? e.on,
        ...(s.resolvedOn === undefined ? { resolvedOn: e.on, resolvedSeq: e.seq } : {}),
      };
    case 'review':
      return { ...s, status: 'review', reviewOn: e.on, reviewDeadline: addPeriod(ctx, e.on, ctx.settings.reviewDays) };
    case 're_review':
      return { ...s, status: 're_review', reReviewOn: e.on, reReviewDeadline: addPeriod(ctx, e.on, ctx.settings.reReviewDays) };
    default:
      return { ...s, status: e.to };
  }
}
