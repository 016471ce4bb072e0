import {
  levelOrder,
  matchingRows,
  repeatsHorizon,
  runRuleTest,
  VisitForm,
  type RuleSet,
  type VisitLevel,
} from '@xinfang/domain';
import type { MixLine, RuleCell, RulesCost } from './rules-cost-schemas';

type Amounts = Pick<RuleCell, 'officeHeadFen' | 'villageHeadFen' | 'leadingCadreFen' | 'sanctions'>;

/**
 * One village-case visit of the given kind under a rule set, through the domain's evaluator (the rule tests' small
 * township: an office, its village, their liaison cadre), so every modifier reads exactly as in a real evaluation.
 */
function visitAmounts(
  ruleSet: RuleSet,
  kind: { level: VisitLevel; form: VisitForm; repeats: number },
  notified: boolean,
): Amounts {
  const { actual } = runRuleTest(ruleSet, { id: 'cost', name: 'cost', unit: 'village', ...kind, notified, expect: {} });
  return actual;
}

const perVisit = (a: Amounts) => (a.officeHeadFen ?? 0) + (a.villageHeadFen ?? 0) + (a.leadingCadreFen ?? 0);

/** The table as the evaluator reads it: every (form, level, repeats) cell up to the horizon, notified. */
export function ruleCells(ruleSet: RuleSet, horizon: number): RuleCell[] {
  const cells: RuleCell[] = [];
  for (const form of VisitForm.options)
    for (const level of levelOrder)
      for (let repeats = 0; repeats <= horizon; repeats += 1) {
        const row = matchingRows(ruleSet.penaltyRows, level, form, repeats)[0];
        cells.push({
          level,
          form,
          repeats,
          rowId: row?.id ?? null,
          retrieval: row?.retrievalTask !== undefined,
          ...visitAmounts(ruleSet, { level, form, repeats }, true),
        });
      }
  return cells;
}

/** What the mix costs under a rule set: each line's per-visit fines (all charged persons) times its count. */
export function mixCost(ruleSet: RuleSet, visits: readonly MixLine[], notified: boolean) {
  const lines = visits.map((v) => {
    const amounts = visitAmounts(ruleSet, v, notified);
    const each = perVisit(amounts);
    return { ...v, ...amounts, perVisitFen: each, totalFen: each * v.count };
  });
  return { lines, totalFen: lines.reduce((s, l) => s + l.totalFen, 0) };
}

/** The horizon common to the tables compared, so their cells line up row for row. */
export const commonHorizon = (ruleSets: readonly RuleSet[]) =>
  Math.max(1, ...ruleSets.map((rs) => repeatsHorizon(rs.penaltyRows)));

export interface TownshipRules {
  townshipId: string;
  name: string;
  version?: { id: string; name: string; effectiveFrom: string; ruleSet: RuleSet };
}

export function rulesCost(
  on: string,
  townships: readonly TownshipRules[],
  visits: readonly MixLine[],
  notified: boolean,
): RulesCost {
  const horizon = commonHorizon(townships.flatMap((t) => (t.version ? [t.version.ruleSet] : [])));
  return {
    on,
    horizon,
    notified,
    townships: townships.map(({ townshipId, name, version }) => ({
      townshipId,
      name,
      version: version ? { id: version.id, name: version.name, effectiveFrom: version.effectiveFrom } : null,
      cells: version ? ruleCells(version.ruleSet, horizon) : [],
      mix: version ? mixCost(version.ruleSet, visits, notified) : { lines: [], totalFen: 0 },
    })),
  };
}
