import { defaultRuleSet, type RuleSet } from '@xinfang/domain';

export interface RuleVariant {
  ruleSet: RuleSet;
  /** What differs from the default pack, for people comparing townships. */
  note: string;
}

const scale = (fen: number, numerator: number, denominator: number) => Math.round((fen * numerator) / denominator);

/**
 * The four demo townships' rule sets: the default pack, and three variants a district would plausibly
 * see side by side. Index 0 is the default; the index wraps for more townships.
 */
export function ruleVariant(index: number, townshipId: string, townshipName: string): RuleVariant {
  const base = defaultRuleSet({
    id: `${townshipId}-rules-2020`,
    name: `${townshipName}信访责任追究办法`,
    effectiveFrom: '2020-01-01',
  });
  switch (index % 4) {
    case 1:
      return {
        note: '处罚金额上浮50%',
        ruleSet: {
          ...base,
          name: `${townshipName}信访责任追究办法（加重）`,
          penaltyRows: base.penaltyRows.map((row) =>
            row.amounts
              ? {
                  ...row,
                  amounts: {
                    officeHeadFen: scale(row.amounts.officeHeadFen, 3, 2),
                    villageHeadFen: scale(row.amounts.villageHeadFen, 3, 2),
                  },
                }
              : row,
          ),
        },
      };
    case 2:
      return {
        note: '重复访按全部层级合并计次',
        ruleSet: { ...base, name: `${townshipName}信访责任追究办法（跨层级计次）`, repeatCounting: 'all_levels' },
      };
    case 3:
      return {
        note: '限期整改15天，3人以上即为集体访',
        ruleSet: {
          ...base,
          name: `${townshipName}信访责任追究办法（从严整改）`,
          collectiveThreshold: 3,
          modifiers: { ...base.modifiers, rectification: { ...base.modifiers.rectification, deadlineDays: 15 } },
        },
      };
    default:
      return { note: '默认规则（西发〔2020〕16号）', ruleSet: base };
  }
}
