import { OrgRepository, TenancyRepository } from '@xinfang/store';
import type { DemoUser } from '../src/auth/local-issuer';
import type { TestContext } from './support/test-app';

export const orgUsers = {
  adminB: { id: 'u-admin-b', name: '钱管理', role: 'township_admin', districtId: 'd1', tenantId: 'twn-b' },
  reporterA: {
    id: 'u-rep-a',
    name: '孙信息员',
    role: 'unit_reporter',
    districtId: 'd1',
    tenantId: 'twn-a',
    unitId: 'v-east',
  },
  auditorA: { id: 'u-aud-a', name: '周审计', role: 'auditor', districtId: 'd1', tenantId: 'twn-a' },
  districtAuditor: { id: 'u-aud-d1', name: '区审计', role: 'auditor', districtId: 'd1' },
} satisfies Record<string, DemoUser>;

const at = '2026-01-01T00:00:00.000Z';

/** Township A (with a small org chart) and township B (with its own office `o-b`), both in district d1. */
export async function seedOrgs(ctx: TestContext): Promise<void> {
  const tenancy = new TenancyRepository(ctx.store);
  await tenancy.putDistrict({ id: 'd1', name: '西城区' });
  await tenancy.createTownship({ id: 'twn-a', name: '安镇', districtId: 'd1', population: 30000 }, at);
  await tenancy.createTownship({ id: 'twn-b', name: '北镇', districtId: 'd1', population: 20000 }, at);
  await tenancy.createTownship({ id: 'twn-z', name: '外区镇', districtId: 'd2', population: 100 }, at);
  const org = new OrgRepository(ctx.store);
  await org.putUnits(
    'twn-a',
    [
      { id: 'o-east', name: '东片办事处', kind: 'office', population: 9000 },
      { id: 'v-east', name: '东村', kind: 'village', officeId: 'o-east', population: 1200 },
      { id: 'v-west', name: '西村', kind: 'village', officeId: 'o-east', population: 900 },
      { id: 'dep-civil', name: '民政办', kind: 'department', population: 0 },
    ],
    at,
  );
  await org.putPeople(
    'twn-a',
    [
      { id: 'p-sec', name: '张书记', financePaid: false, leadingCadre: false },
      { id: 'p-cadre', name: '刘镇长', title: '副镇长', financePaid: true, leadingCadre: true },
    ],
    at,
  );
  await org.putAssignments(
    'twn-a',
    [
      { id: 'a-sec', personId: 'p-sec', role: 'main', unitId: 'v-east', from: '2024-01-01', to: '2025-12-31' },
      { id: 'a-liaison', personId: 'p-cadre', role: 'liaison', unitId: 'o-east', from: '2024-01-01' },
    ],
    at,
  );
  await org.putUnits('twn-b', [{ id: 'o-b', name: '北镇机密办事处', kind: 'office', population: 1 }], at);
  await org.putPeople('twn-b', [{ id: 'p-b', name: '北镇某某', financePaid: true, leadingCadre: true }], at);
  await org.putAssignments(
    'twn-b',
    [{ id: 'a-b', personId: 'p-b', role: 'liaison', unitId: 'o-b', from: '2024-01-01' }],
    at,
  );
}
