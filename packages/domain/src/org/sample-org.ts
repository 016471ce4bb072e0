import { Org } from '../model';

// A small township for tests across the domain package: two offices, three villages, one department,
// and a change of village secretary on 2026-07-01. Parsed through the schema so defaults apply.
export const sampleOrg: Org = Org.parse({
  township: { id: 't1', name: '西发镇', districtId: 'd1', population: 40_000 },
  units: [
    { id: 'o-east', name: '东片办事处', kind: 'office', population: 12_000 },
    { id: 'o-west', name: '西片办事处', kind: 'office', population: 10_000 },
    { id: 'v-li', name: '李庄村', kind: 'village', officeId: 'o-east', population: 3_000 },
    { id: 'v-wang', name: '王屯村', kind: 'village', officeId: 'o-east', population: 2_500 },
    { id: 'v-zhao', name: '赵集村', kind: 'village', officeId: 'o-west', population: 2_000 },
    { id: 'dep-civil', name: '民政办', kind: 'department' },
    { id: 'dep-petition', name: '信访室', kind: 'department', isPetitionOffice: true },
  ],
  people: [
    { id: 'p-east-sec', name: '张东', financePaid: true },
    { id: 'p-west-sec', name: '刘西', financePaid: true },
    { id: 'p-li-sec-old', name: '李老', financePaid: false },
    { id: 'p-li-sec-new', name: '李新', financePaid: false },
    { id: 'p-wang-sec', name: '王书', financePaid: false },
    { id: 'p-civil-head', name: '周民', financePaid: true },
    { id: 'c-chen', name: '陈副镇长', financePaid: true, leadingCadre: true },
    { id: 'c-sun', name: '孙副书记', financePaid: true, leadingCadre: true },
    { id: 'c-ma', name: '马委员', financePaid: true, leadingCadre: true },
    { id: 's-wu', name: '吴干事', financePaid: true },
  ],
  assignments: [
    { id: 'a1', personId: 'p-east-sec', role: 'main', unitId: 'o-east', from: '2020-01-01' },
    { id: 'a2', personId: 'p-west-sec', role: 'main', unitId: 'o-west', from: '2020-01-01' },
    { id: 'a3', personId: 'p-li-sec-old', role: 'main', unitId: 'v-li', from: '2018-03-01', to: '2026-06-30' },
    { id: 'a4', personId: 'p-li-sec-new', role: 'main', unitId: 'v-li', from: '2026-07-01' },
    { id: 'a5', personId: 'p-wang-sec', role: 'main', unitId: 'v-wang', from: '2019-01-01' },
    { id: 'a6', personId: 'p-civil-head', role: 'main', unitId: 'dep-civil', from: '2021-01-01' },
    { id: 'a7', personId: 'c-chen', role: 'liaison', unitId: 'o-east', from: '2021-01-01' },
    { id: 'a8', personId: 'c-sun', role: 'liaison', unitId: 'v-li', from: '2021-01-01' },
    { id: 'a9', personId: 'c-chen', role: 'liaison', unitId: 'v-li', from: '2021-01-01' },
    { id: 'a10', personId: 'c-ma', role: 'supervision', unitId: 'dep-civil', from: '2021-01-01', to: '2026-12-31' },
    { id: 'a11', personId: 'c-ma', role: 'liaison', unitId: 'o-west', from: '2021-01-01' },
    { id: 'a12', personId: 'c-sun', role: 'case_leader', caseId: 'case-1', from: '2026-01-10', to: '2026-05-31' },
    { id: 'a13', personId: 'c-chen', role: 'case_leader', caseId: 'case-1', from: '2026-06-01' },
    { id: 'a14', personId: 's-wu', role: 'staff', caseId: 'case-1', from: '2026-01-10' },
  ],
});
