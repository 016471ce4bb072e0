import type { RuleTestCase } from './rule-test-case';

const yuan = (n: number) => n * 100;

/**
 * The default pack's test cases, read off the seed's table (西发〔2020〕16号 四(三)1, domain.md): one per kind of
 * row, each a village case notified by the district unless it says otherwise. A township keeps them, edits them or
 * adds its own; a draft that fails them cannot be published.
 */
export function defaultRuleTests(): RuleTestCase[] {
  return [
    {
      id: 'seed-1a',
      name: '个人访到镇初次：只领回办结，不罚款',
      unit: 'village',
      level: 'township',
      form: 'individual',
      repeats: 0,
      notified: true,
      expect: { villageHeadFen: null, officeHeadFen: null },
    },
    {
      id: 'seed-1b',
      name: '个人访到区重复1次：办事处100元，村200元',
      unit: 'village',
      level: 'district',
      form: 'individual',
      repeats: 1,
      notified: true,
      expect: { officeHeadFen: yuan(100), villageHeadFen: yuan(200), leadingCadreFen: null },
    },
    {
      id: 'seed-1c',
      name: '个人访到镇重复3次：办事处200元，村400元，科级干部200元',
      unit: 'village',
      level: 'township',
      form: 'individual',
      repeats: 3,
      notified: true,
      expect: { officeHeadFen: yuan(200), villageHeadFen: yuan(400), leadingCadreFen: yuan(200) },
    },
    {
      id: 'seed-2c',
      name: '集体访到区重复3次：办事处400元，村600元，通报批评',
      unit: 'village',
      level: 'district',
      form: 'collective',
      repeats: 3,
      notified: true,
      expect: { officeHeadFen: yuan(400), villageHeadFen: yuan(600), sanctions: ['criticism_notice'] },
    },
    {
      id: 'seed-3a',
      name: '集体访到市初次：办事处300元，村500元，科级干部300元',
      unit: 'village',
      level: 'city',
      form: 'collective',
      repeats: 0,
      notified: true,
      expect: { officeHeadFen: yuan(300), villageHeadFen: yuan(500), leadingCadreFen: yuan(300) },
    },
    {
      id: 'seed-4b',
      name: '赴省重复2次：办事处600元，村1500元，通报批评',
      unit: 'village',
      level: 'province',
      form: 'individual',
      repeats: 2,
      notified: true,
      expect: { officeHeadFen: yuan(600), villageHeadFen: yuan(1500), sanctions: ['criticism_notice'] },
    },
    {
      id: 'seed-5b',
      name: '经区级通报的进京重复访：村主要责任人2000元',
      unit: 'village',
      level: 'national',
      form: 'individual',
      repeats: 2,
      notified: true,
      expect: { officeHeadFen: yuan(1000), villageHeadFen: yuan(2000), leadingCadreFen: yuan(1000) },
    },
    {
      id: 'seed-5a-halved',
      name: '未经区级通报的进京初次访：罚款减半，村400元',
      unit: 'village',
      level: 'national',
      form: 'individual',
      repeats: 0,
      notified: false,
      expect: { officeHeadFen: yuan(250), villageHeadFen: yuan(400) },
    },
    {
      id: 'seed-department',
      name: '部门的个人访到镇重复1次：部门主要责任人按办事处标准100元',
      unit: 'department',
      level: 'township',
      form: 'individual',
      repeats: 1,
      notified: true,
      expect: { officeHeadFen: yuan(100), villageHeadFen: null },
    },
  ];
}
