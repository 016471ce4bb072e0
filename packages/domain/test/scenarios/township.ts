/**
 * The scenario township (scenario-only fixtures, written from domain.md, not from the evaluator).
 *
 * 东办事处 o1 (secretary p-o1) with villages 前村 v1 (p-v1) and 后村 v2 (p-v2);
 * 西办事处 o2 (p-o2) with village 南村 v3 (p-v3); 民政办 d1 (head p-d1); 信访办 po (p-po, the petition office).
 * Leading cadres: lc-a liaises with o1 (so with v1 and v2 too), lc-b liaises with v1 only,
 * lc-c supervises d1, lc-d liaises with o2 (so with v3 too). Office heads, department heads and cadres
 * are paid by township finance; village secretaries are not.
 */
import { Org, type AssignmentRole } from '../../src/model';

interface AssignmentSpec {
  personId: string;
  role: AssignmentRole;
  unitId?: string;
  caseId?: string;
  from?: string;
  to?: string;
}

const baseAssignments: AssignmentSpec[] = [
  { personId: 'p-o1', role: 'main', unitId: 'o1' },
  { personId: 'p-v1', role: 'main', unitId: 'v1' },
  { personId: 'p-v2', role: 'main', unitId: 'v2' },
  { personId: 'p-o2', role: 'main', unitId: 'o2' },
  { personId: 'p-v3', role: 'main', unitId: 'v3' },
  { personId: 'p-d1', role: 'main', unitId: 'd1' },
  { personId: 'p-po', role: 'main', unitId: 'po' },
  { personId: 'lc-a', role: 'liaison', unitId: 'o1' },
  { personId: 'lc-b', role: 'liaison', unitId: 'v1' },
  { personId: 'lc-c', role: 'supervision', unitId: 'd1' },
  { personId: 'lc-d', role: 'liaison', unitId: 'o2' },
];

const person = (id: string, name: string, financePaid: boolean, leadingCadre = false) => ({
  id,
  name,
  financePaid,
  leadingCadre,
});

/**
 * Builds the township. `replaceMain` drops the open-ended main assignment of those units and `without`
 * drops a person's open-ended assignment to a unit (so a scenario can give dated ones); `extra` adds
 * assignments (case leaders, more liaisons, dated secretaries).
 */
export function township(
  options: { extra?: AssignmentSpec[]; replaceMain?: string[]; without?: { personId: string; unitId: string }[] } = {},
): Org {
  const replaced = new Set(options.replaceMain ?? []);
  const dropped = (a: AssignmentSpec) =>
    (options.without ?? []).some((w) => w.personId === a.personId && w.unitId === a.unitId);
  const kept = baseAssignments.filter(
    (a) => !(a.role === 'main' && a.unitId !== undefined && replaced.has(a.unitId)) && !dropped(a),
  );
  const all = [...kept, ...(options.extra ?? [])];
  return Org.parse({
    township: { id: 't1', name: '测试镇', districtId: 'dist1', population: 30000 },
    units: [
      { id: 'o1', name: '东办事处', kind: 'office' },
      { id: 'v1', name: '前村', kind: 'village', officeId: 'o1' },
      { id: 'v2', name: '后村', kind: 'village', officeId: 'o1' },
      { id: 'o2', name: '西办事处', kind: 'office' },
      { id: 'v3', name: '南村', kind: 'village', officeId: 'o2' },
      { id: 'd1', name: '民政办', kind: 'department' },
      { id: 'po', name: '信访办', kind: 'department', isPetitionOffice: true },
    ],
    people: [
      person('p-o1', '东办书记', true),
      person('p-v1', '前村书记', false),
      person('p-v1b', '前村新书记', false),
      person('p-v2', '后村书记', false),
      person('p-o2', '西办书记', true),
      person('p-v3', '南村书记', false),
      person('p-d1', '民政办主任', true),
      person('p-po', '信访办主任', true),
      person('lc-a', '甲科级干部', true, true),
      person('lc-b', '乙科级干部', true, true),
      person('lc-c', '丙科级干部', true, true),
      person('lc-d', '丁科级干部', true, true),
    ],
    assignments: all.map((a, i) => ({ id: `as-${i + 1}`, from: '2019-01-01', ...a })),
  });
}
