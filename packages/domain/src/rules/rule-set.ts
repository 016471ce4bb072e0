import { z } from 'zod';
import { Id, IsoDate, Name, VisitLevel } from '../model';
import { DeadlineSettings } from '../case';
import { PenaltyRow } from './penalty-row';
import { Sanction } from './sanction';

const FenAmount = z.number().int().nonnegative();
/** An exact rational factor; amounts are rounded half-up to whole fen after each factor. */
export const Factor = z.object({ numerator: z.number().int().nonnegative(), denominator: z.number().int().positive() });
export type Factor = z.infer<typeof Factor>;

export const Modifiers = z.object({
  /** 未被区级通报的处罚金额减半: applies when no notice at `minNoticeLevel` or above exists for the visit. */
  noNotice: z.object({ factor: Factor, minNoticeLevel: VisitLevel.default('district') }),
  /** Late sanctions themselves live on each row (`lateSanctions`); this switch turns the modifier off. */
  late: z.object({ enabled: z.boolean().default(true) }),
  /** 限期整改: a penalised visit sets a deadline; a later visit past it with the case unresolved is doubled. */
  rectification: z.object({
    deadlineDays: z.number().int().positive(),
    factor: Factor,
    sanctions: z.array(Sanction),
  }),
});
export type Modifiers = z.infer<typeof Modifiers>;

export const VetoSettings = z.object({
  minLevel: VisitLevel,
  requiresNotice: z.boolean(),
  minNoticeLevel: VisitLevel.default('district'),
  targetsUnits: z.boolean(),
  targetsMainPersons: z.boolean(),
});
export type VetoSettings = z.infer<typeof VetoSettings>;

export const RewardSettings = z.object({
  visitFree: z.object({
    officeFen: FenAmount,
    villageFen: FenAmount,
    /** The secretary's share of the unit reward is at least this fraction (reported as a note). */
    secretaryShareMin: z.number().min(0).max(1),
    /** Once per cadre per year, however many visit-free units the cadre liaises with. */
    cadreFen: FenAmount,
    departmentCommendation: z.boolean(),
  }),
  backlog: z.object({
    minYears: z.number().int().nonnegative(),
    maxYears: z.number().int().nonnegative(),
    perPersonFen: FenAmount,
  }),
  modelTownship: z.object({ districtFen: FenAmount, cityFen: FenAmount }),
});
export type RewardSettings = z.infer<typeof RewardSettings>;

export const PaymentSettings = z.object({
  financePaid: z.object({ workingDays: z.number().int().positive() }),
  others: z.object({ due: z.literal('endOfMonth') }),
});
export type PaymentSettings = z.infer<typeof PaymentSettings>;

export const Targets = z.object({
  visitReductionPct: z.number().min(0).max(100),
  backlogZero: z.boolean(),
  modelTownship: z.boolean(),
});
export type Targets = z.infer<typeof Targets>;

export const Routines = z.object({
  weeklyNotice: z.boolean(),
  monthlySummary: z.boolean(),
  annualAggregation: z.boolean(),
  /** 排查台账 due by this day of each month. */
  screeningLedgerDay: z.number().int().min(1).max(28),
  /** Events before which every open and backlog case gets a reviewed resolution plan. */
  caseReviewEvents: z.array(Name).max(50),
});
export type Routines = z.infer<typeof Routines>;

/** One version of a township's rule set. A visit is judged by the version in force on its date. */
export const RuleSet = z.object({
  id: Id,
  name: Name,
  effectiveFrom: IsoDate,
  repeatCounting: z.enum(['same_level', 'all_levels']),
  collectiveThreshold: z.number().int().min(2),
  deadlines: DeadlineSettings,
  penaltyRows: z.array(PenaltyRow).min(1),
  modifiers: Modifiers,
  veto: VetoSettings,
  rewards: RewardSettings,
  payment: PaymentSettings,
  targets: Targets,
  routines: Routines.optional(),
});
export type RuleSet = z.infer<typeof RuleSet>;
export type RuleSetInput = z.input<typeof RuleSet>;

/** Versions of one township's rule set, in any order; `versionInForce` picks by date. */
export const RuleSetHistory = z.array(RuleSet).min(1);
export type RuleSetHistory = z.infer<typeof RuleSetHistory>;
