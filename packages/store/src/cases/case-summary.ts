import { resolvedOnTime, type CaseState } from '@xinfang/domain';
import type { CaseSummary } from './case-items';

// The deadline settings and calendar a case is folded with come from `loadCaseFoldSettings` (settings/):
// the township's rule version in force on the case's registration date, and its calendar overrides.

/** The summary a list shows, from a folded case. Deterministic: the same events give the same item. */
export function summaryOf(state: CaseState): CaseSummary {
  const latest = state.visits.at(-1);
  const onTime = resolvedOnTime(state);
  return {
    id: state.caseId,
    number: state.number,
    townshipId: state.townshipId,
    status: state.status,
    caseType: state.caseType,
    category: state.category,
    summary: state.summary,
    originUnitId: state.originUnitId,
    responsibleUnitIds: state.responsibleUnitIds,
    registeredOn: state.registeredOn,
    firstRegisteredOn: state.firstRegisteredOn,
    ...(state.acceptedOn ? { acceptedOn: state.acceptedOn } : {}),
    acceptanceDeadline: state.acceptanceDeadline,
    resolutionDeadline: state.resolutionDeadline,
    ...(state.resolvedOn ? { resolvedOn: state.resolvedOn } : {}),
    ...(onTime !== undefined ? { resolvedOnTime: onTime } : {}),
    ...(state.closedOn ? { closedOn: state.closedOn } : {}),
    ...(state.satisfaction ? { satisfaction: state.satisfaction } : {}),
    seriousImpact: state.seriousImpact,
    visitCount: state.visits.length,
    ...(latest ? { latestVisitLevel: latest.level, latestVisitOn: latest.on } : {}),
    retrievalCostFen: state.retrievalCostFen,
    noticeCount: state.visits.reduce((n, v) => n + v.notices.length, 0),
    lastSeq: state.lastSeq,
  };
}

/** Units that see a case: its origin and every responsible unit. */
export function unitsOf(summary: Pick<CaseSummary, 'originUnitId' | 'responsibleUnitIds'>): string[] {
  return [...new Set([summary.originUnitId, ...summary.responsibleUnitIds])];
}

/** Past its resolution deadline and unresolved, as of `today`. */
export function isSummaryOverdue(summary: CaseSummary, today: string): boolean {
  return summary.resolvedOn === undefined && today > summary.resolutionDeadline;
}
