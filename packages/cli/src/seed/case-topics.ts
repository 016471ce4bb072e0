import type { CaseType } from '@xinfang/domain';

/** Where a topic's cases land: a village (or its office) or a named department (by its id key). */
export type TopicHome = 'village' | 'office' | 'civil' | 'build' | 'police' | 'justice';

export interface CaseTopic {
  category: string;
  caseType: CaseType;
  weight: number;
  homes: readonly TopicHome[];
  /** `{u}` is replaced by the unit's name. */
  summaries: readonly string[];
}

/** The grievances a township typically receives, with rough relative frequencies. */
export const CASE_TOPICS: readonly CaseTopic[] = [
  {
    category: '土地征收',
    caseType: 'appeal',
    weight: 14,
    homes: ['village', 'office'],
    summaries: [
      '反映{u}集体土地征收补偿款分配不公',
      '反映{u}承包地被征收后安置补偿未到位',
      '对{u}征地面积测量结果有异议',
    ],
  },
  {
    category: '拆迁补偿',
    caseType: 'appeal',
    weight: 12,
    homes: ['village', 'build'],
    summaries: ['反映{u}宅基地腾退补偿标准偏低', '要求兑现{u}拆迁安置房交付承诺', '反映{u}拆迁过渡费停发'],
  },
  {
    category: '劳动报酬',
    caseType: 'appeal',
    weight: 11,
    homes: ['justice', 'village'],
    summaries: ['反映{u}辖区工地拖欠农民工工资', '要求{u}协调结清务工报酬', '反映企业欠薪后负责人失联，请求{u}协调'],
  },
  {
    category: '邻里纠纷',
    caseType: 'appeal',
    weight: 12,
    homes: ['village', 'justice'],
    summaries: ['{u}村民因宅基地边界发生纠纷，请求调解', '反映{u}邻居排水影响自家房屋', '{u}村民因通行道路发生争执'],
  },
  {
    category: '环境污染',
    caseType: 'accusation',
    weight: 9,
    homes: ['build', 'village'],
    summaries: ['反映{u}附近养殖场异味严重', '反映{u}周边企业夜间噪声扰民', '反映{u}河道有生活垃圾倾倒'],
  },
  {
    category: '社会保障',
    caseType: 'appeal',
    weight: 11,
    homes: ['civil'],
    summaries: [
      '申请低保被{u}退回，请求重新审核',
      '反映{u}残疾人补贴发放延迟',
      '咨询并要求{u}解决城乡居民养老保险补缴',
    ],
  },
  {
    category: '村务公开',
    caseType: 'suggestion',
    weight: 8,
    homes: ['village'],
    summaries: ['建议{u}按季度公开集体收支账目', '要求{u}公开村集体资产出租情况', '建议{u}公开惠民资金使用明细'],
  },
  {
    category: '干部作风',
    caseType: 'accusation',
    weight: 6,
    homes: ['village', 'office'],
    summaries: ['反映{u}干部办事推诿', '举报{u}干部优亲厚友分配救助名额'],
  },
  {
    category: '治安管理',
    caseType: 'appeal',
    weight: 6,
    homes: ['police'],
    summaries: ['反映{u}处理打架纠纷不公', '要求{u}加强夜间巡逻防盗'],
  },
  {
    category: '基础设施',
    caseType: 'suggestion',
    weight: 9,
    homes: ['build', 'office', 'village'],
    summaries: ['建议{u}修缮村内破损道路', '反映{u}自来水水压不足', '建议{u}增设路灯'],
  },
];
