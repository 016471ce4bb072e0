/** Small builders for scenario cases and for reading a ledger back in a form that is easy to compare. */
import { CaseRecord, type VisitForm, type VisitLevel } from '../../src/model';
import { defaultRuleSet, type RuleSet } from '../../src/rules';
import { evaluate, type EvaluateInput, type Ledger } from '../../src/evaluator';
import { township } from './township';

export type Step =
  | { kind: 'visit'; on: string; id: string; level: VisitLevel; form: VisitForm; notice?: string }
  | { kind: 'resolved'; on: string }
  | { kind: 'extension'; on: string; days: number }
  | { kind: 'serious_impact'; on: string }
  | { kind: 'retrieval'; on: string; unitId: string; costFen: number }
  | { kind: 'units_changed'; on: string; responsibleUnitIds: string[] };

/** A visit; `notice` is the date the district notified it (通报), absent when it was not notified. */
export function visit(id: string, on: string, level: VisitLevel, form: VisitForm, notice?: string): Step {
  return notice === undefined ? { kind: 'visit', id, on, level, form } : { kind: 'visit', id, on, level, form, notice };
}

/**
 * A case registered and accepted on `acceptedOn` with `units` responsible, then the steps in order.
 * `firstRegisteredOn` marks a backlog case brought in from paper.
 */
export function caseOf(
  id: string,
  units: string[],
  acceptedOn: string,
  steps: Step[],
  firstRegisteredOn?: string,
): CaseRecord {
  const events: Record<string, unknown>[] = [
    {
      kind: 'registered',
      on: acceptedOn,
      caseType: 'appeal',
      category: '土地',
      summary: `场景${id}`,
      originUnitId: units[0],
      responsibleUnitIds: units,
      ...(firstRegisteredOn === undefined ? {} : { firstRegisteredOn }),
    },
    { kind: 'accepted', on: acceptedOn },
  ];
  for (const s of steps) {
    if (s.kind === 'visit') {
      const headcount = s.form === 'collective' ? 6 : 1;
      events.push({
        kind: 'visit',
        on: s.on,
        visitId: s.id,
        channel: 'visit',
        level: s.level,
        form: s.form,
        headcount,
      });
      if (s.notice !== undefined) events.push({ kind: 'notice', on: s.notice, visitId: s.id, level: 'district' });
    } else if (s.kind === 'resolved' || s.kind === 'serious_impact') {
      events.push({ kind: s.kind, on: s.on });
    } else {
      // extension, retrieval, units_changed: the step already has the event's fields.
      events.push({ ...s });
    }
  }
  return CaseRecord.parse({ id, townshipId: 't1', events: events.map((e, i) => ({ seq: i + 1, ...e })) });
}

export const YEAR_2026 = { from: '2026-01-01', to: '2026-12-31' };

export function run(cases: CaseRecord[], more: Partial<EvaluateInput> = {}): Ledger {
  const ruleVersions: RuleSet[] = [defaultRuleSet()];
  return evaluate({ ruleVersions, org: township(), cases, period: YEAR_2026, ...more });
}

/** Each fine as `visit person role row fen [sanctions, alphabetical]`, sorted: the whole money side of a ledger in one list. */
export function fineLines(ledger: Ledger): string[] {
  return ledger.fines
    .map(
      (f) =>
        `${f.visitId} ${f.personId} ${f.role} ${f.rowId} ${f.amountFen}${f.sanctions.length ? ` ${[...f.sanctions].sort().join('+')}` : ''}`,
    )
    .sort();
}

export function finesOf(ledger: Ledger, personId: string): number {
  return ledger.fines.filter((f) => f.personId === personId).reduce((s, f) => s + f.amountFen, 0);
}

export function taskLines(ledger: Ledger): string[] {
  return ledger.retrievalTasks.map((t) => `${t.visitId} ${t.unitId} ${t.rowId} ${t.deadline}`).sort();
}

export function vetoLines(ledger: Ledger): string[] {
  return ledger.vetoes.map((v) => `${v.year} ${v.target} ${v.unitId ?? v.personId ?? '?'}`).sort();
}

/** Backlog rewards as `case person fen`, sorted. */
export function backlogLines(ledger: Ledger): string[] {
  return ledger.rewards
    .filter((r) => r.kind === 'backlog')
    .map((r) => `${r.caseId ?? '?'} ${r.personId ?? '?'} ${r.amountFen}`)
    .sort();
}

export function rewardLines(ledger: Ledger, kinds?: string[]): string[] {
  return ledger.rewards
    .filter((r) => kinds === undefined || kinds.includes(r.kind))
    .map((r) => `${r.year} ${r.kind} ${r.unitId ?? '-'} ${r.personId ?? '-'} ${r.amountFen}`)
    .sort();
}
