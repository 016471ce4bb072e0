import type { Role } from '@xinfang/api';
import type { CaseActionKind, CaseDetailDto } from '../api/case-types';

/** The status each status-moving action leads to (the API's STATUS_ACTIONS). */
const TO_STATUS = {
  route: 'routed',
  assign: 'assigned',
  supervise: 'supervised',
  close: 'closed',
  feedback: 'feedback',
  review: 'review',
  re_review: 're_review',
} as const;

const HANDLERS: readonly Role[] = ['petition_officer', 'township_admin'];

/**
 * The actions the case's state and the caller's role allow, in the order of the work: accept, the status steps the
 * API lists as next, extend and resolve while unresolved, then feedback on the result, retrievals and new visits.
 * A unit reporter records only their unit's retrievals and the resolution (the API refuses the rest).
 */
export function allowedActions(detail: CaseDetailDto, role: Role | undefined): CaseActionKind[] {
  const c = detail.case;
  const handler = role !== undefined && HANDLERS.includes(role);
  const reporter = role === 'unit_reporter';
  const out: CaseActionKind[] = [];
  if (handler && !c.acceptedOn && !c.resolvedOn) out.push('accept');
  if (handler) {
    for (const [action, status] of Object.entries(TO_STATUS) as [keyof typeof TO_STATUS, string][]) {
      if (detail.nextStatuses.some((s) => s === status)) out.push(action);
    }
  }
  if (handler && !c.resolvedOn) out.push('extension');
  if ((handler || reporter) && !c.resolvedOn) out.push('resolve');
  if (handler && c.resolvedOn) out.push('satisfaction');
  if (handler || reporter) out.push('retrieval');
  if (handler) out.push('visit');
  return out;
}
