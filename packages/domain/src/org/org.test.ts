import { describe, expect, it } from 'vitest';
import { Org } from '../model';
import { createOrgIndex } from './create-org-index';
import { sampleOrg } from './sample-org';
import { validateOrg } from './validate-org';

const idx = createOrgIndex(sampleOrg);
const ids = (list: { id: string }[]) => list.map((p) => p.id);

describe('createOrgIndex', () => {
  it('finds a village’s office and an office’s villages', () => {
    expect(idx.officeOf('v-li')?.id).toBe('o-east');
    expect(idx.officeOf('o-east')?.id).toBe('o-east');
    expect(idx.officeOf('dep-civil')).toBeUndefined();
    expect(ids(idx.villagesOf('o-east'))).toEqual(['v-li', 'v-wang']);
    expect(idx.unit('nope')).toBeUndefined();
  });

  it('names the village secretary in office on the date, across the handover', () => {
    expect(ids(idx.responsibleFor('v-li', '2026-06-30')?.main ?? [])).toEqual(['p-li-sec-old']);
    expect(ids(idx.responsibleFor('v-li', '2026-07-01')?.main ?? [])).toEqual(['p-li-sec-new']);
  });

  it('charges a village’s own liaison and its office’s liaison, once each', () => {
    // c-chen liaises with both 李庄村 and 东片办事处: listed once.
    expect(ids(idx.responsibleFor('v-li', '2026-03-01')?.leadingCadres ?? [])).toEqual(['c-sun', 'c-chen']);
    // 王屯村 has no liaison of its own: the office's liaison is responsible.
    expect(ids(idx.responsibleFor('v-wang', '2026-03-01')?.leadingCadres ?? [])).toEqual(['c-chen']);
    expect(ids(idx.responsibleFor('o-east', '2026-03-01')?.leadingCadres ?? [])).toEqual(['c-chen']);
  });

  it('uses the supervisor (分管) for a department, only while the supervision lasts', () => {
    const r = idx.responsibleFor('dep-civil', '2026-12-31');
    expect(ids(r?.main ?? [])).toEqual(['p-civil-head']);
    expect(ids(r?.leadingCadres ?? [])).toEqual(['c-ma']);
    expect(idx.responsibleFor('dep-civil', '2027-01-01')?.leadingCadres).toEqual([]);
  });

  it('returns undefined for an unknown unit and empty lists before anyone was appointed', () => {
    expect(idx.responsibleFor('ghost', '2026-01-01')).toBeUndefined();
    expect(idx.responsibleFor('v-li', '2017-01-01')).toMatchObject({ main: [], leadingCadres: [] });
  });

  it('follows the case leader handover and names staff', () => {
    expect(ids(idx.caseLeaderOf('case-1', '2026-05-31'))).toEqual(['c-sun']);
    expect(ids(idx.caseLeaderOf('case-1', '2026-06-01'))).toEqual(['c-chen']);
    expect(idx.caseLeaderOf('case-1', '2026-01-09')).toEqual([]);
    expect(ids(idx.staffOf('case-1', '2026-02-01'))).toEqual(['s-wu']);
  });
});

describe('validateOrg', () => {
  it('accepts the sample township', () => {
    expect(validateOrg(sampleOrg)).toEqual([]);
  });

  it('reports each broken reference with the path at fault', () => {
    const broken = Org.parse({
      ...sampleOrg,
      units: [
        ...sampleOrg.units,
        { id: 'v-bad', name: '坏村', kind: 'village', officeId: 'dep-civil' },
        { id: 'v-lost', name: '迷村', kind: 'village', officeId: 'o-none' },
        { id: 'o-east', name: '重复', kind: 'office' },
      ],
      assignments: [
        ...sampleOrg.assignments,
        { id: 'b1', personId: 'p-ghost', role: 'main', unitId: 'v-zhao', from: '2026-01-01' },
        { id: 'b2', personId: 'p-wang-sec', role: 'main', unitId: 'nowhere', from: '2026-01-01' },
        { id: 'b3', personId: 'p-east-sec', role: 'main', unitId: 'v-li', from: '2026-06-01', to: '2026-07-15' },
        { id: 'b4', personId: 'c-ma', role: 'supervision', unitId: 'v-zhao', from: '2026-01-01' },
      ],
    });
    const found = validateOrg(broken).map((i) => [i.code, i.path.join('.')]);
    const n = sampleOrg.assignments.length;
    const u = sampleOrg.units.length;
    expect(found).toEqual(
      expect.arrayContaining([
        ['duplicate_id', `units.${u + 2}.id`],
        ['office_not_office', `units.${u}.officeId`],
        ['unknown_office', `units.${u + 1}.officeId`],
        ['unknown_person', `assignments.${n}.personId`],
        ['unknown_unit', `assignments.${n + 1}.unitId`],
        ['role_unit_mismatch', `assignments.${n + 3}.role`],
      ]),
    );
    // b3 overlaps both the old and the new 李庄村 secretary.
    expect(found.filter(([code]) => code === 'overlapping_main')).toEqual([
      ['overlapping_main', `assignments.${n + 2}.from`],
      ['overlapping_main', `assignments.${n + 2}.from`],
    ]);
    expect(found).toHaveLength(8);
  });

  it('warns when a liaison is not a leading cadre', () => {
    const org = {
      ...sampleOrg,
      assignments: [{ id: 'w1', personId: 's-wu', role: 'liaison' as const, unitId: 'v-zhao', from: '2026-01-01' }],
    };
    expect(validateOrg(org)).toMatchObject([
      { code: 'not_leading_cadre', severity: 'warning', path: ['assignments', 0, 'personId'] },
    ]);
  });
});
