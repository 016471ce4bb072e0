// Shared by the evaluator's tests only: a small township whose fines are easy to work out by hand.
import { CaseRecord, Org, type CaseEvent, type VisitForm, type VisitLevel } from '../model';
import { defaultRuleSet, type RuleSet } from '../rules';
import { evaluate } from './evaluate';
import type { EvaluateInput, Ledger } from './ledger';

/**
 * 东关办事处 o1 (secretary P-O1, liaison cadre C1) with villages 前村 v1 (P-V1, liaison C2) and 后村 v2 (P-V2);
 * 西关办事处 o2 (P-O2, liaison C3) with village 南村 v3 (P-V3); 民政办 d1 (head P-D1, supervised by C3);
 * 信访办 pet (petition office). Finance-paid: the office secretaries, the department heads and the cadres.
 */
export const org: Org = Org.parse({
  township: { id: 't1', name: '示范镇', districtId: 'dist1' },
  units: [
    { id: 'o1', name: '东关办事处', kind: 'office' },
    { id: 'o2', name: '西关办事处', kind: 'office' },
    { id: 'v1', name: '前村', kind: 'village', officeId: 'o1' },
    { id: 'v2', name: '后村', kind: 'village', officeId: 'o1' },
    { id: 'v3', name: '南村', kind: 'village', officeId: 'o2' },
    { id: 'd1', name: '民政办', kind: 'department' },
    { id: 'pet', name: '信访办', kind: 'department', isPetitionOffice: true },
  ],
  people: [
    { id: 'P-O1', name: '东书记', financePaid: true },
    { id: 'P-O2', name: '西书记', financePaid: true },
    { id: 'P-V1', name: '前书记', financePaid: false },
    { id: 'P-V2', name: '后书记', financePaid: false },
    { id: 'P-V3', name: '南书记', financePaid: false },
    { id: 'P-D1', name: '民主任', financePaid: true },
    { id: 'P-PET', name: '信主任', financePaid: true },
    { id: 'C1', name: '甲镇长', financePaid: true, leadingCadre: true },
    { id: 'C2', name: '乙委员', financePaid: true, leadingCadre: true },
    { id: 'C3', name: '丙书记', financePaid: true, leadingCadre: true },
    { id: 'C9', name: '包案领导', financePaid: true, leadingCadre: true },
  ],
  assignments: [
    { id: 'a1', personId: 'P-O1', role: 'main', unitId: 'o1', from: '2015-01-01' },
    { id: 'a2', personId: 'P-O2', role: 'main', unitId: 'o2', from: '2015-01-01' },
    { id: 'a3', personId: 'P-V1', role: 'main', unitId: 'v1', from: '2015-01-01' },
    { id: 'a4', personId: 'P-V2', role: 'main', unitId: 'v2', from: '2015-01-01' },
    { id: 'a5', personId: 'P-V3', role: 'main', unitId: 'v3', from: '2015-01-01' },
    { id: 'a6', personId: 'P-D1', role: 'main', unitId: 'd1', from: '2015-01-01' },
    { id: 'a7', personId: 'P-PET', role: 'main', unitId: 'pet', from: '2015-01-01' },
    { id: 'a8', personId: 'C1', role: 'liaison', unitId: 'o1', from: '2015-01-01' },
    { id: 'a9', personId: 'C2', role: 'liaison', unitId: 'v1', from: '2015-01-01' },
    { id: 'a10', personId: 'C3', role: 'liaison', unitId: 'o2', from: '2015-01-01' },
    { id: 'a11', personId: 'C3', role: 'supervision', unitId: 'd1', from: '2015-01-01' },
  ],
});

type Step =
  | { visit: string; on: string; level: VisitLevel; form?: VisitForm }
  | { notice: string; on: string; level?: 'district' | 'city' | 'province' | 'national' }
  | { resolved: string }
  | { extension: number; on: string }
  | { serious: string }
  | { retrieval: string; on: string };

/** A case registered and accepted on `opened`, then the steps in order (seq follows the list). */
export function mkCase(
  id: string,
  units: string[],
  opened: string,
  steps: Step[],
  firstRegisteredOn?: string,
): CaseRecord {
  const events: CaseEvent[] = [
    {
      seq: 1,
      on: opened,
      kind: 'registered',
      caseType: 'appeal',
      category: '土地',
      summary: '测试事项',
      originUnitId: units[0] ?? 'o1',
      responsibleUnitIds: units,
      ...(firstRegisteredOn ? { firstRegisteredOn } : {}),
    },
    { seq: 2, on: opened, kind: 'accepted' },
  ];
  for (const s of steps) {
    const seq = events.length + 1;
    if ('visit' in s) {
      const form = s.form ?? 'individual';
      events.push({
        seq,
        on: s.on,
        kind: 'visit',
        visitId: s.visit,
        channel: 'visit',
        level: s.level,
        form,
        headcount: form === 'collective' ? 6 : 1,
      });
    } else if ('notice' in s)
      events.push({ seq, on: s.on, kind: 'notice', visitId: s.notice, level: s.level ?? 'district' });
    else if ('resolved' in s) events.push({ seq, on: s.resolved, kind: 'resolved' });
    else if ('extension' in s) events.push({ seq, on: s.on, kind: 'extension', days: s.extension });
    else if ('serious' in s) events.push({ seq, on: s.serious, kind: 'serious_impact' });
    else events.push({ seq, on: s.on, kind: 'retrieval', unitId: s.retrieval, costFen: 0 });
  }
  return CaseRecord.parse({ id, townshipId: 't1', events });
}

export const rules: RuleSet[] = [defaultRuleSet()];
export const year2026 = { from: '2026-01-01', to: '2026-12-31' };

export function run(cases: CaseRecord[], extra: Partial<EvaluateInput> = {}): Ledger {
  return evaluate({ ruleVersions: rules, org, cases, period: year2026, ...extra });
}

/** personId → amount in fen of the fines for one visit. */
export function finesOf(ledger: Ledger, visitId: string): Record<string, number> {
  return Object.fromEntries(ledger.fines.filter((f) => f.visitId === visitId).map((f) => [f.personId, f.amountFen]));
}

export function entry(ledger: Ledger, visitId: string, personId: string) {
  return ledger.fines.find((f) => f.visitId === visitId && f.personId === personId);
}
