import { CaseRecord, Org, type CaseEvent } from '../model';
import { evaluate, type ChargeRole } from '../evaluator';
import { formatYuan, levelLabel, formLabel, sanctionLabel, sortSanctions, type RuleSet, type Sanction } from '../rules';
import type { RuleTestCase, RuleTestResult } from './rule-test-case';

/**
 * A township small enough to read every fine by hand: 办事处 O (head P-O, liaison cadre C-O) with its village
 * V (head P-V), and a department D (head P-D, supervised by cadre C-D).
 */
const ORG = Org.parse({
  township: { id: 'test', name: '测试镇', districtId: 'test-district' },
  units: [
    { id: 'O', name: '办事处', kind: 'office' },
    { id: 'V', name: '村', kind: 'village', officeId: 'O' },
    { id: 'D', name: '部门', kind: 'department' },
  ],
  people: [
    { id: 'P-O', name: '办事处主要责任人', financePaid: true },
    { id: 'P-V', name: '村主要责任人', financePaid: false },
    { id: 'P-D', name: '部门主要责任人', financePaid: true },
    { id: 'C-O', name: '联系办事处的科级干部', financePaid: true, leadingCadre: true },
    { id: 'C-D', name: '分管部门的科级干部', financePaid: true, leadingCadre: true },
  ],
  assignments: [
    { id: 'a1', personId: 'P-O', role: 'main', unitId: 'O', from: '2000-01-01' },
    { id: 'a2', personId: 'P-V', role: 'main', unitId: 'V', from: '2000-01-01' },
    { id: 'a3', personId: 'P-D', role: 'main', unitId: 'D', from: '2000-01-01' },
    { id: 'a4', personId: 'C-O', role: 'liaison', unitId: 'O', from: '2000-01-01' },
    { id: 'a5', personId: 'C-D', role: 'supervision', unitId: 'D', from: '2000-01-01' },
  ],
});

const DAY = '2001-03-01';
const UNIT = { village: 'V', office: 'O', department: 'D' } as const;

/**
 * The case: registered and accepted on one day, then `repeats + 1` visits of the kind on that same day (so no
 * rectification deadline has passed and the case is not late), the last one notified when the test says so.
 */
function caseFor(tc: RuleTestCase, collectiveThreshold: number): CaseRecord {
  const unitId = UNIT[tc.unit];
  const events: CaseEvent[] = [
    {
      seq: 1,
      on: DAY,
      kind: 'registered',
      caseType: 'appeal',
      category: '测试',
      summary: tc.name,
      originUnitId: unitId,
      responsibleUnitIds: [unitId],
    },
    { seq: 2, on: DAY, kind: 'accepted' },
  ];
  const headcount = tc.form === 'collective' ? collectiveThreshold : 1;
  for (let i = 0; i <= tc.repeats; i += 1) {
    events.push({
      seq: events.length + 1,
      on: DAY,
      kind: 'visit',
      visitId: `visit-${i}`,
      channel: 'visit',
      level: tc.level,
      form: tc.form,
      headcount,
    });
  }
  if (tc.notified)
    events.push({ seq: events.length + 1, on: DAY, kind: 'notice', visitId: `visit-${tc.repeats}`, level: 'district' });
  return CaseRecord.parse({ id: 'test-case', townshipId: 'test', events });
}

const ROLE_TEXT: Record<ChargeRole, string> = {
  village_head: '村主要责任人',
  office_head: '办事处（部门）主要责任人',
  leading_cadre: '科级干部',
};
const amount = (fen: number | null) => (fen === null ? '不罚款' : formatYuan(fen));
const sanctions = (list: readonly Sanction[]) =>
  list.length === 0 ? '无' : list.map((s) => sanctionLabel[s]).join('、');

/** Runs one case under `ruleSet` (taken as in force whatever its date) and compares with what the admin expects. */
export function runRuleTest(ruleSet: RuleSet, tc: RuleTestCase): RuleTestResult {
  const ledger = evaluate({
    ruleVersions: [{ ...ruleSet, effectiveFrom: '2000-01-01' }],
    org: ORG,
    cases: [caseFor(tc, ruleSet.collectiveThreshold)],
    period: { from: DAY, to: DAY },
  });
  const fines = ledger.fines.filter((f) => f.visitId === `visit-${tc.repeats}`);
  const of = (role: ChargeRole) => {
    const hits = fines.filter((f) => f.role === role).map((f) => f.amountFen);
    return hits.length === 0 ? null : Math.max(...hits);
  };
  const actual = {
    villageHeadFen: of('village_head'),
    officeHeadFen: of('office_head'),
    leadingCadreFen: of('leading_cadre'),
    sanctions: sortSanctions(fines.flatMap((f) => f.sanctions)),
  };
  const failures: string[] = [];
  for (const [key, role] of [
    ['villageHeadFen', 'village_head'],
    ['officeHeadFen', 'office_head'],
    ['leadingCadreFen', 'leading_cadre'],
  ] as const) {
    const want = tc.expect[key];
    if (want !== undefined && want !== actual[key])
      failures.push(`${ROLE_TEXT[role]}应为${amount(want)}，实际${amount(actual[key])}`);
  }
  const wantSanctions = tc.expect.sanctions;
  if (wantSanctions !== undefined && sortSanctions(wantSanctions).join() !== actual.sanctions.join()) {
    failures.push(`追责应为${sanctions(sortSanctions(wantSanctions))}，实际${sanctions(actual.sanctions)}`);
  }
  return { id: tc.id, name: tc.name, passed: failures.length === 0, actual, failures };
}

/** Every case of the suite under `ruleSet`, in the suite's order. */
export function runRuleTests(ruleSet: RuleSet, suite: readonly RuleTestCase[]): RuleTestResult[] {
  return suite.map((tc) => runRuleTest(ruleSet, tc));
}

/** "进京·个人访·重复2次·经区级通报": how a case's visit reads in a list. */
export function ruleTestVisitText(tc: RuleTestCase): string {
  return `${formLabel[tc.form]}·${levelLabel[tc.level]}·重复${tc.repeats}次·${tc.notified ? '经区级通报' : '未经区级通报'}`;
}
