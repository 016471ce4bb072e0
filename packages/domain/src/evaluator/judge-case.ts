import { isOverdue, isUnresolvedOn, type CaseState, type VisitState } from '../case';
import type { CaseRecord, IsoDate } from '../model';
import { levelRank, type PenaltyRow, type RuleSet } from '../rules';
import { responsibleUnitsOn } from './case-units';
import { visitHeadline } from './explain';
import { noticedAtLeast } from './notices';
import { fineEntry } from './fine-entry';
import type { JudgeContext } from './judge-context';
import type { FineEntry, LedgerWarning, RetrievalTask } from './ledger';
import { retrievalTasksFor } from './retrieval-tasks';

export interface VetoHit {
  year: number;
  caseId: string;
  caseNumber: string;
  visitId: string;
  visitDate: IsoDate;
  ruleVersionId: string;
  unitIds: string[];
  personIds: string[];
}

export interface CaseJudgement {
  fines: FineEntry[];
  retrievalTasks: RetrievalTask[];
  vetoHits: VetoHit[];
}

/**
 * Judges every visit of one case in date order. Visits before the period still count: they number the
 * repeats and set rectification deadlines; only visits inside the period produce entries.
 */
export function judgeCase(
  record: CaseRecord,
  foldFor: (v: RuleSet) => CaseState | undefined,
  ctx: JudgeContext,
): CaseJudgement {
  const out: CaseJudgement = { fines: [], retrievalTasks: [], vetoHits: [] };
  const first = ctx.firstVersion;
  const visits = first ? (foldFor(first)?.visits ?? []) : [];
  let rectificationDeadline: IsoDate | undefined;

  for (const visit of visits) {
    const inPeriod = visit.on >= ctx.period.from && visit.on <= ctx.period.to;
    const version = ctx.versionOn(visit.on);
    if (!version) {
      if (inPeriod)
        ctx.warn({
          code: 'no_version',
          caseId: record.id,
          visitId: visit.visitId,
          message: `${visit.on}没有生效的规则版本，该次信访未计算`,
        });
      continue;
    }
    const state = foldFor(version);
    if (!state) continue;
    const repeats = (version.repeatCounting === 'same_level' ? visit.ordinal : visit.ordinalOverall) - 1;
    const row = ctx.rowFor(version, visit.level, visit.form, repeats);
    if (inPeriod) checkForm(record.id, visit, version, ctx);
    if (!row) {
      if (inPeriod)
        ctx.warn({
          code: 'no_row',
          caseId: record.id,
          visitId: visit.visitId,
          message: `${visit.on}的信访没有适用的规则行（版本${version.id}）`,
        });
      continue;
    }
    const unresolved = isUnresolvedOn(state, visit.on, visit.seq);
    const rectificationMissed = rectificationDeadline !== undefined && visit.on > rectificationDeadline && unresolved;
    // A missed deadline stays missed (domain.md): the earliest deadline of any earlier penalised visit counts, so a
    // penalised visit in between never restarts the clock and an extra visit can never lower anyone's fines.
    if (isPenalising(row)) {
      const deadline = ctx.calendar.addDays(visit.on, version.modifiers.rectification.deadlineDays);
      if (rectificationDeadline === undefined || deadline < rectificationDeadline) rectificationDeadline = deadline;
    }
    if (!inPeriod) continue;

    const unitIds = ctx.caseUnits(record, visit.on);
    const headline = visitHeadline(visit, repeats);
    if (isPenalising(row)) {
      const late = version.modifiers.late.enabled && isOverdue(state, visit.on, visit.seq);
      const charges = ctx.charges(row, unitIds, visit.on, (w: LedgerWarning) =>
        ctx.warn({ ...w, caseId: record.id, visitId: visit.visitId }),
      );
      for (const charge of charges) {
        const entry = fineEntry({
          caseId: record.id,
          caseNumber: state.number,
          visit,
          repeats,
          version,
          row,
          charge,
          late,
          seriousImpact: state.seriousImpact,
          rectificationMissed,
          headline,
        });
        if (entry) out.fines.push(entry);
      }
    }
    if (row.retrievalTask) {
      out.retrievalTasks.push(
        ...retrievalTasksFor(
          record.id,
          visit,
          repeats,
          version,
          row,
          row.retrievalTask.deadlineDays,
          responsibleUnitsOn(record, visit.on),
          state,
          ctx,
          headline,
        ),
      );
    }
    const veto = version.veto;
    if (
      levelRank(visit.level) >= levelRank(veto.minLevel) &&
      (!veto.requiresNotice || noticedAtLeast(visit, veto.minNoticeLevel))
    ) {
      const personIds = veto.targetsMainPersons ? [...ctx.mainPersonIds(unitIds, visit.on)] : [];
      out.vetoHits.push({
        year: Number(visit.on.slice(0, 4)),
        caseId: record.id,
        caseNumber: state.number,
        visitId: visit.visitId,
        visitDate: visit.on,
        ruleVersionId: version.id,
        unitIds: veto.targetsUnits ? [...unitIds] : [],
        personIds,
      });
    }
  }
  return out;
}

/** A row that fines or sanctions (not one that only sets a retrieval task) makes the visit "penalised". */
export function isPenalising(row: PenaltyRow): boolean {
  const fines = row.amounts !== undefined && (row.amounts.officeHeadFen > 0 || row.amounts.villageHeadFen > 0);
  return fines || row.sanctions.length > 0;
}

/** The recorded form decides the row; a headcount that contradicts the threshold is only reported. */
function checkForm(caseId: string, visit: VisitState, version: RuleSet, ctx: JudgeContext): void {
  const byCount = visit.headcount >= version.collectiveThreshold ? 'collective' : 'individual';
  if (byCount !== visit.form) {
    ctx.warn({
      code: 'form_headcount',
      caseId,
      visitId: visit.visitId,
      message: `${visit.on}的信访登记为${visit.form === 'collective' ? '集体访' : '个人访'}，但人数为${visit.headcount}（集体访标准${version.collectiveThreshold}人），按登记的形式计算`,
    });
  }
}
