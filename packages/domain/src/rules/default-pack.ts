import { DeadlineSettings } from '../case';
import { defaultPenaltyRows } from './default-penalty-rows';
import { RuleSet } from './rule-set';

/**
 * The default rule pack: domain.md's reading of the seed (西发〔2020〕16号 四(三)–(五)).
 * Every number here is data a township may change in its own version.
 */
export function defaultRuleSet(overrides: { id?: string; name?: string; effectiveFrom?: string } = {}): RuleSet {
  return RuleSet.parse({
    id: overrides.id ?? 'default-2020',
    name: overrides.name ?? '默认规则（西发〔2020〕16号）',
    effectiveFrom: overrides.effectiveFrom ?? '2020-01-01',
    repeatCounting: 'same_level',
    collectiveThreshold: 5,
    deadlines: DeadlineSettings.parse({}),
    penaltyRows: defaultPenaltyRows,
    modifiers: {
      noNotice: { factor: { numerator: 1, denominator: 2 }, minNoticeLevel: 'district' },
      late: { enabled: true },
      rectification: {
        deadlineDays: 30,
        factor: { numerator: 2, denominator: 1 },
        sanctions: ['admonition', 'criticism_notice'],
      },
    },
    veto: {
      minLevel: 'district',
      requiresNotice: true,
      minNoticeLevel: 'district',
      targetsUnits: true,
      targetsMainPersons: true,
    },
    rewards: {
      visitFree: {
        officeFen: 300000,
        villageFen: 200000,
        secretaryShareMin: 0.5,
        cadreFen: 100000,
        departmentCommendation: true,
      },
      backlog: { minYears: 5, maxYears: 10, perPersonFen: 100000 },
      modelTownship: { districtFen: 200000, cityFen: 500000 },
    },
    payment: { financePaid: { workingDays: 3 }, others: { due: 'endOfMonth' } },
    targets: { visitReductionPct: 30, backlogZero: true, modelTownship: true },
    routines: {
      weeklyNotice: true,
      monthlySummary: true,
      annualAggregation: true,
      screeningLedgerDay: 25,
      caseReviewEvents: ['元旦', '春节', '国庆'],
    },
  });
}
