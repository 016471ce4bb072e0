import { defaultRuleSet, evaluate, type CaseEvent, type CaseRecord, type Org } from '@xinfang/domain';
import { projectLedger } from '../src';

// The ledger tests' township: an office (张主任, finance-paid) over a village (刘书记), and one village case whose
// township visits make the fines (1a: a task; then 1b: fines).

export const villageOrg = (tenant: string, name = '西发镇'): Org => ({
  township: { id: tenant, name, districtId: 'd1', population: 0 },
  units: [
    { id: 'o1', name: '城关办事处', kind: 'office', population: 0 },
    { id: 'v1', name: '东村', kind: 'village', officeId: 'o1', population: 0 },
  ],
  people: [
    { id: 'p-o', name: '张主任', financePaid: true, leadingCadre: false },
    { id: 'p-v', name: '刘书记', financePaid: false, leadingCadre: false },
  ],
  assignments: [
    { id: 'a1', personId: 'p-o', role: 'main', unitId: 'o1', from: '2020-01-01' },
    { id: 'a2', personId: 'p-v', role: 'main', unitId: 'v1', from: '2020-01-01' },
  ],
});

const visit = (seq: number, on: string, visitId: string): CaseEvent => ({
  seq,
  kind: 'visit',
  on,
  visitId,
  channel: 'visit',
  level: 'township',
  form: 'individual',
  headcount: 1,
});

/** The village case with `visits` (at most 4) township visits in March 2026, registered with 编号 when given. */
export const villageCase = (
  tenant: string,
  visits: number,
  options: { id?: string; number?: string } = {},
): CaseRecord => ({
  id: options.id ?? 'c1',
  townshipId: tenant,
  events: [
    {
      seq: 1,
      kind: 'registered',
      on: '2026-03-02',
      caseType: 'appeal',
      category: '土地',
      summary: '宅基地纠纷',
      originUnitId: 'v1',
      responsibleUnitIds: ['v1'],
      ...(options.number ? { number: options.number } : {}),
    },
    { seq: 2, kind: 'accepted', on: '2026-03-03' },
    ...['2026-03-04', '2026-03-09', '2026-03-16', '2026-03-20']
      .slice(0, visits)
      .map((on, i) => visit(3 + i, on, `vis${i + 1}`)),
  ],
});

/** The ledger the default pack gives for that org and case over `period`. */
export const projectVillage = (input: {
  org: Org;
  case: CaseRecord;
  period: { from: string; to: string };
  meta: { evaluatedAt: string; evaluatedBy: string };
}) =>
  projectLedger(
    evaluate({ ruleVersions: [defaultRuleSet()], org: input.org, cases: [input.case], period: input.period }),
    input.meta,
  );
