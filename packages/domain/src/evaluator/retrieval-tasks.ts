import type { CaseState, VisitState } from '../case';
import type { PenaltyRow, RuleSet } from '../rules';
import { visitHeadline } from './explain';
import type { JudgeContext } from './judge-context';
import type { RetrievalTask } from './ledger';

/** 领回办结: each responsible unit of the case (as listed, not its office) takes the matter back by the deadline. */
export function retrievalTasksFor(
  caseId: string,
  visit: VisitState,
  repeats: number,
  version: RuleSet,
  row: PenaltyRow,
  deadlineDays: number,
  unitIds: readonly string[],
  state: CaseState,
  ctx: JudgeContext,
  headline = visitHeadline(visit, repeats),
): RetrievalTask[] {
  const deadline = ctx.calendar.addDays(visit.on, deadlineDays);
  return unitIds.map((unitId) => {
    const retrieved = state.retrievals
      .filter((r) => r.unitId === unitId && r.on >= visit.on)
      .map((r) => r.on)
      .sort()[0];
    const unitName = ctx.org.unit(unitId)?.name ?? unitId;
    return {
      id: ['task', caseId, visit.visitId, unitId].join(':'),
      caseId,
      caseNumber: state.number,
      visitId: visit.visitId,
      unitId,
      visitDate: visit.on,
      deadline,
      ruleVersionId: version.id,
      rowId: row.id,
      ...(retrieved ? { retrievedOn: retrieved } : {}),
      explanation: [headline, '，规则', row.id, '：', unitName, '第一时间领回办结，期限', deadline].join(''),
    };
  });
}
