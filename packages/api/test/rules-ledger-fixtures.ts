import { defaultRuleSet, type RuleSet } from '@xinfang/domain';
import { CaseRepository, OrgRepository, RulesRepository, TenancyRepository, type StoreClients } from '@xinfang/store';
import type { DemoUser } from '../src/auth/local-issuer';

const at = '2026-01-01T00:00:00.000Z';

/** Users of the rules, ledger and report tests (township twn-a of district d1 unless named otherwise). */
export const people = {
  admin: { id: 'u-admin', name: '李管理', role: 'township_admin', districtId: 'd1', tenantId: 'twn-a' },
  officer: { id: 'u-officer', name: '王信访', role: 'petition_officer', districtId: 'd1', tenantId: 'twn-a' },
  auditor: { id: 'u-auditor', name: '审计员', role: 'auditor', districtId: 'd1', tenantId: 'twn-a' },
  villageReporter: {
    id: 'u-rep-v',
    name: '村信息员',
    role: 'unit_reporter',
    districtId: 'd1',
    tenantId: 'twn-a',
    unitId: 'v1',
  },
  deptReporter: {
    id: 'u-rep-d',
    name: '民政信息员',
    role: 'unit_reporter',
    districtId: 'd1',
    tenantId: 'twn-a',
    unitId: 'dep1',
  },
  adminB: { id: 'u-admin-b', name: '赵管理', role: 'township_admin', districtId: 'd1', tenantId: 'twn-b' },
  overseer: { id: 'u-overseer', name: '区局张', role: 'district_overseer', districtId: 'd1' },
  otherOverseer: { id: 'u-overseer-2', name: '外区刘', role: 'district_overseer', districtId: 'd2' },
} satisfies Record<string, DemoUser>;

/**
 * Township twn-a: office o1 (secretary 张主任, paid by township finance), its village v1 (secretary 刘书记, not),
 * department dep1 (head 陈科长), leading cadre 周镇长 liaising with o1. Rules: the default pack from 2020.
 */
export async function seedTownship(
  store: StoreClients,
  ruleSet: RuleSet = defaultRuleSet({ id: 'v2020', effectiveFrom: '2020-01-01' }),
): Promise<void> {
  await new TenancyRepository(store).createTownship(
    { id: 'twn-a', name: '西发镇', districtId: 'd1', population: 20000 },
    at,
  );
  await new TenancyRepository(store).createTownship(
    { id: 'twn-b', name: '东岭镇', districtId: 'd1', population: 10000 },
    at,
  );
  const org = new OrgRepository(store);
  await org.create('twn-a', 'unit', { id: 'o1', name: '城关办事处', kind: 'office', population: 8000 }, at);
  await org.create('twn-a', 'unit', { id: 'v1', name: '东村', kind: 'village', officeId: 'o1', population: 3000 }, at);
  await org.create('twn-a', 'unit', { id: 'dep1', name: '民政办', kind: 'department', population: 0 }, at);
  await org.create('twn-a', 'person', { id: 'p-o', name: '张主任', financePaid: true, leadingCadre: false }, at);
  await org.create('twn-a', 'person', { id: 'p-v', name: '刘书记', financePaid: false, leadingCadre: false }, at);
  await org.create('twn-a', 'person', { id: 'p-d', name: '陈科长', financePaid: true, leadingCadre: false }, at);
  await org.create('twn-a', 'person', { id: 'p-lc', name: '周镇长', financePaid: true, leadingCadre: true }, at);
  await org.create(
    'twn-a',
    'assignment',
    { id: 'a1', personId: 'p-o', role: 'main', unitId: 'o1', from: '2020-01-01' },
    at,
  );
  await org.create(
    'twn-a',
    'assignment',
    { id: 'a2', personId: 'p-v', role: 'main', unitId: 'v1', from: '2020-01-01' },
    at,
  );
  await org.create(
    'twn-a',
    'assignment',
    { id: 'a3', personId: 'p-d', role: 'main', unitId: 'dep1', from: '2020-01-01' },
    at,
  );
  await org.create(
    'twn-a',
    'assignment',
    { id: 'a4', personId: 'p-lc', role: 'liaison', unitId: 'o1', from: '2020-01-01' },
    at,
  );
  await new RulesRepository(store).saveInitialRules('twn-a', ruleSet);
}

/**
 * Case c-v1 of village v1: registered and first visited (individual, township) on 2026-03-02, visited again on
 * 03-09 and 03-16 (rule 1b, repeats 1 and 2: 刘书记 200元 and 张主任 100元 per visit, halved without a district notice).
 * The petitioner is recorded (name and phone) so exports can be checked for it.
 */
export async function seedVillageCase(store: StoreClients): Promise<void> {
  const cases = new CaseRepository(store);
  const visit = (on: string, visitId: string) => ({
    kind: 'visit' as const,
    on,
    visitId,
    channel: 'visit' as const,
    level: 'township' as const,
    form: 'individual' as const,
    headcount: 1,
  });
  await cases.register({
    tenantId: 'twn-a',
    districtId: 'd1',
    caseId: 'c-v1',
    registered: {
      kind: 'registered',
      on: '2026-03-02',
      caseType: 'appeal',
      category: '土地',
      summary: '宅基地纠纷',
      originUnitId: 'v1',
      responsibleUnitIds: ['v1'],
    },
    firstVisit: visit('2026-03-02', 'vis1'),
    petitioner: { name: '上访人甲', contact: '13900001111' },
    recordedAt: at,
  });
  await cases.append({
    tenantId: 'twn-a',
    caseId: 'c-v1',
    event: { kind: 'accepted', on: '2026-03-03' },
    recordedAt: at,
  });
  await cases.append({ tenantId: 'twn-a', caseId: 'c-v1', event: visit('2026-03-09', 'vis2'), recordedAt: at });
  await cases.append({ tenantId: 'twn-a', caseId: 'c-v1', event: visit('2026-03-16', 'vis3'), recordedAt: at });
}

export const json = (headers: Record<string, string>, body: unknown, method = 'POST'): RequestInit => ({
  method,
  headers: { ...headers, 'content-type': 'application/json' },
  body: JSON.stringify(body),
});
